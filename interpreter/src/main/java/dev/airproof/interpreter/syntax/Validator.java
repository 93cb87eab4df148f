package dev.airproof.interpreter.syntax;

import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.ApMap;
import dev.airproof.interpreter.ast.BoolLiteral;
import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.CanonStreamMapRef;
import dev.airproof.interpreter.ast.CanonStreamRef;
import dev.airproof.interpreter.ast.EmptyArray;
import dev.airproof.interpreter.ast.ErrorValue;
import dev.airproof.interpreter.ast.FailArgument;
import dev.airproof.interpreter.ast.FailLiteral;
import dev.airproof.interpreter.ast.FloatLiteral;
import dev.airproof.interpreter.ast.InitPeerId;
import dev.airproof.interpreter.ast.IntLiteral;
import dev.airproof.interpreter.ast.LastError;
import dev.airproof.interpreter.ast.LengthFunctor;
import dev.airproof.interpreter.ast.Lens;
import dev.airproof.interpreter.ast.Name;
import dev.airproof.interpreter.ast.ScalarAccessor;
import dev.airproof.interpreter.ast.ScalarName;
import dev.airproof.interpreter.ast.ScalarRef;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.StringLiteral;
import dev.airproof.interpreter.ast.Timestamp;
import dev.airproof.interpreter.ast.Ttl;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.ValuePath;
import dev.airproof.interpreter.syntax.AfterNextMachine.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mutable, single use; AquaVM 0.62's static checks ({@code parser/validator.rs}), fed with one event
 * per instruction in LR reduction order by the parser, then {@link #finish()}ed.
 *
 * <p>Names are compared with their sigils ({@code x}, {@code $s}, {@code %m}, {@code #c},
 * {@code #$c}, {@code #%m}), as upstream: the legacy {@code #c} and {@code #$c} are different
 * variables. A use is "defined" iff some definition (call output, ap/canon destination, ap map
 * target, new argument) or some fold iterator of that name belongs to an instruction that starts
 * strictly before the instruction of the use — iterators are not scoped to their fold. Upstream
 * quirks kept on purpose: only the first unresolved use of each name and the first {@code next} of
 * each iterator (in reduction order) are checked; the values of {@code ap (k v) %map}, the peer of
 * {@code canon}, the argument of {@code fail} and lenses of {@code %last_error%}/{@code :error:}
 * are not checked.
 */
final class Validator {
  private record Use(String name, Span instruction, Span at) {}

  private record Fold(Span fold, Span iterator) {}

  private final Map<String, Integer> definitions = new HashMap<>();
  private final Map<String, List<Fold>> iterators = new HashMap<>();
  private final Map<String, List<Use>> unresolved = new LinkedHashMap<>();
  private final Map<String, List<Span>> nexts = new LinkedHashMap<>();
  private final List<Use> newNames = new ArrayList<>();
  private final List<Span> zeroCodes = new ArrayList<>();
  private final AfterNextMachine machine = new AfterNextMachine();

  void metCall(Call call) {
    Span span = call.span();
    use(call.peer(), span);
    use(call.service(), span);
    use(call.function(), span);
    for (Value arg : call.args()) {
      use(arg, span);
    }
    machine.met(Kind.SIMPLE, null, span);
    call.output().ifPresent(out -> define(out.text(), span));
  }

  void metCanon(String defined, Span span) {
    define(defined, span);
    machine.met(Kind.SIMPLE, null, span);
  }

  void metAp(Ap ap) {
    use(ap.argument(), ap.span());
    define(ap.destination().text(), ap.span());
    machine.met(Kind.SIMPLE, null, ap.span());
  }

  void metApMap(ApMap ap) {
    use(ap.key(), ap.span());
    define(ap.map().text(), ap.span());
    machine.met(Kind.SIMPLE, null, ap.span());
  }

  void metMatch(Value left, Value right, Span span) {
    use(left, span);
    use(right, span);
    machine.met(Kind.REPLACING, null, span);
  }

  void metFoldScalar(Value iterable, ScalarName iterator, boolean hasLast, Span span) {
    use(iterable, span);
    defineIterator(iterator, span);
    machine.met(hasLast ? Kind.POP_STACK2 : Kind.POP_STACK1, null, span);
  }

  void metFoldStream(Name iterable, ScalarName iterator, boolean hasLast, Span span) {
    useName(iterable.text(), span, iterable.span());
    defineIterator(iterator, span);
    machine.met(hasLast ? Kind.POP_STACK1_REPLACING_WITH_CHECK : Kind.REPLACING_WITH_CHECK,
        iterator.name(), span);
  }

  void metNew(Name name, Span span) {
    newNames.add(new Use(name.text(), span, name.span()));
    define(name.text(), span);
    machine.met(Kind.REPLACING, null, span);
  }

  void metNext(String iterator, Span span) {
    nexts.computeIfAbsent(iterator, k -> new ArrayList<>()).add(span);
    machine.met(Kind.PIVOTAL_NEXT, iterator, span);
  }

  void metFail(FailArgument argument, Span span) {
    if (argument instanceof FailLiteral literal && literal.code() == 0) {
      zeroCodes.add(literal.span());
    }
    machine.met(Kind.SIMPLE, null, span);
  }

  void metMerging(Span span) {
    machine.met(Kind.MERGING, null, span);
  }

  void metXor(Span span) {
    machine.met(Kind.XORING, null, span);
  }

  void metSimple(Span span) {
    machine.met(Kind.SIMPLE, null, span);
  }

  private void use(Value value, Span instruction) {
    switch (value) {
      case ScalarRef s -> {
        useName(s.name(), instruction, s.span());
        useLens(s.lens(), instruction);
      }
      case CanonStreamRef c -> {
        useName((c.legacySigil() ? "#" : "#$") + c.name(), instruction, c.span());
        useLens(c.lens(), instruction);
      }
      case CanonStreamMapRef m -> {
        useName("#%" + m.name(), instruction, m.span());
        useLens(m.lens(), instruction);
      }
      case InitPeerId v -> { }
      case Timestamp v -> { }
      case Ttl v -> { }
      case LastError v -> { }
      case ErrorValue v -> { }
      case StringLiteral v -> { }
      case IntLiteral v -> { }
      case FloatLiteral v -> { }
      case BoolLiteral v -> { }
      case EmptyArray v -> { }
    }
  }

  private void useLens(Optional<Lens> lens, Span instruction) {
    if (lens.isEmpty()) {
      return;
    }
    switch (lens.get()) {
      case ValuePath path -> path.accessors().forEach(a -> {
        if (a instanceof ScalarAccessor s) {
          useName(s.scalar(), instruction, s.span());
        }
      });
      case LengthFunctor f -> { }
    }
  }

  private void useName(String name, Span instruction, Span at) {
    if (!isDefined(name, instruction.offset())) {
      unresolved.computeIfAbsent(name, k -> new ArrayList<>()).add(new Use(name, instruction, at));
    }
  }

  private void define(String name, Span span) {
    definitions.merge(name, span.offset(), Math::min);
  }

  private void defineIterator(ScalarName iterator, Span fold) {
    iterators.computeIfAbsent(iterator.name(), k -> new ArrayList<>())
        .add(new Fold(fold, iterator.span()));
  }

  private boolean isDefined(String name, int useOffset) {
    Integer def = definitions.get(name);
    if (def != null && def < useOffset) {
      return true;
    }
    for (Fold f : iterators.getOrDefault(name, List.of())) {
      if (f.fold.offset() < useOffset) {
        return true;
      }
    }
    return false;
  }

  /** Runs the final checks and returns every problem found (unordered). */
  List<Diagnostic> finish() {
    iterators.values().forEach(l -> l.sort((x, y) -> Integer.compare(x.fold.offset(),
        y.fold.offset())));
    ValidatorReport report = new ValidatorReport();
    checkUndefinedVariables(report);
    nexts.forEach((name, spans) -> checkNexts(name, spans, report));
    checkNewOnIterators(report);
    iterators.forEach((name, folds) -> checkNestedIterators(name, folds, report));
    zeroCodes.forEach(s -> report.add(DiagnosticCode.UNSUPPORTED_LITERAL_ERROR_CODE, s,
        "error code 0 with fail is unsupported"));
    machine.malformed().forEach(s -> report.add(DiagnosticCode.FOLD_HAS_INSTRUCTION_AFTER_NEXT, s,
        "fold can not have instructions after next"));
    return report.diagnostics();
  }

  /** Rule 1, re-checking only the first unresolved use of each name (upstream quirk). */
  private void checkUndefinedVariables(ValidatorReport report) {
    for (List<Use> uses : unresolved.values()) {
      Use first = uses.get(0);
      if (!isDefined(first.name, first.instruction.offset())) {
        report.add(DiagnosticCode.UNDEFINED_VARIABLE, first.at,
            "variable '" + first.name + "' wasn't defined");
      }
    }
  }

  /** Rules 2 (first next only, upstream quirk) and 3 (all nexts). */
  private void checkNexts(String name, List<Span> spans, ValidatorReport report) {
    if (closestFold(name, spans.get(0)).isEmpty()) {
      report.add(DiagnosticCode.UNDEFINED_ITERABLE, spans.get(0),
          "iterable '" + name + "' wasn't defined");
    }
    List<Span> seen = new ArrayList<>();
    for (Span next : spans) {
      Optional<Fold> fold = closestFold(name, next);
      if (fold.isPresent() && seen.contains(fold.get().fold)) {
        report.add(DiagnosticCode.MULTIPLE_NEXT_IN_FOLD, next, "multiple next instructions for"
            + " iterator '" + name + "' found for one fold, that is prohibited");
      }
      fold.ifPresent(f -> seen.add(f.fold));
    }
  }

  /** Rule 5. */
  private void checkNewOnIterators(ValidatorReport report) {
    for (Use n : newNames) {
      if (closestFold(n.name, n.instruction).isPresent()) {
        report.add(DiagnosticCode.ITERATOR_RESTRICTION_NOT_ALLOWED, n.at,
            "new can't be applied to a '" + n.name + "' because it's an iterator");
      }
    }
  }

  /** Rule 4: a fold strictly inside another fold over the same iterator name. */
  private static void checkNestedIterators(String name, List<Fold> folds,
      ValidatorReport report) {
    Fold prev = null;
    for (Fold f : folds) {
      if (prev != null && strictlyContains(prev.fold, f.fold)) {
        report.add(DiagnosticCode.MULTIPLE_ITERABLE_VALUES_FOR_ONE_ITERATOR, f.iterator,
            "multiple iterable values found for iterator name '" + name + "'");
      } else {
        prev = f;
      }
    }
  }

  private Optional<Fold> closestFold(String name, Span inner) {
    Fold found = null;
    for (Fold f : iterators.getOrDefault(name, List.of())) {
      if (strictlyContains(f.fold, inner)) {
        found = f;
      }
    }
    return Optional.ofNullable(found);
  }

  /** AquaVM's {@code Span::contains_span}: both ends of {@code inner} strictly inside {@code outer}. */
  static boolean strictlyContains(Span outer, Span inner) {
    return outer.offset() < inner.offset() && inner.offset() < outer.end()
        && outer.offset() < inner.end() && inner.end() < outer.end();
  }

  /** Accumulates validator diagnostics. */
  private static final class ValidatorReport {
    private final List<Diagnostic> list = new ArrayList<>();

    void add(DiagnosticCode code, Span span, String message) {
      list.add(new Diagnostic(code, span, message, List.of()));
    }

    List<Diagnostic> diagnostics() {
      return list;
    }
  }
}
