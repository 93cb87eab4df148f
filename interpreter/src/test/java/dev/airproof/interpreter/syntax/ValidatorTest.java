package dev.airproof.interpreter.syntax;

import static dev.airproof.interpreter.syntax.DiagnosticCode.FOLD_HAS_INSTRUCTION_AFTER_NEXT;
import static dev.airproof.interpreter.syntax.DiagnosticCode.ITERATOR_RESTRICTION_NOT_ALLOWED;
import static dev.airproof.interpreter.syntax.DiagnosticCode.MULTIPLE_ITERABLE_VALUES_FOR_ONE_ITERATOR;
import static dev.airproof.interpreter.syntax.DiagnosticCode.MULTIPLE_NEXT_IN_FOLD;
import static dev.airproof.interpreter.syntax.DiagnosticCode.UNDEFINED_ITERABLE;
import static dev.airproof.interpreter.syntax.DiagnosticCode.UNDEFINED_VARIABLE;
import static dev.airproof.interpreter.syntax.DiagnosticCode.UNSUPPORTED_LITERAL_ERROR_CODE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The validator rules of AquaVM 0.62 ({@code validator.rs}) one by one, with the accepted edge cases
 * and quirks. Several scripts are the inputs of upstream's {@code parser/tests/fold.rs},
 * {@code new.rs}, {@code call.rs} and {@code fail.rs}, with upstream's expected error counts.
 */
class ValidatorTest {
  record Case(String name, String air, List<DiagnosticCode> expected) {}

  private static final String CALL = "(call \"p\" (\"s\" \"f\") [] ";

  private static Case ok(String name, String air) {
    return new Case(name, air, List.of());
  }

  private static Case bad(String name, String air, DiagnosticCode... codes) {
    return new Case(name, air, List.of(codes));
  }

  static List<Case> cases() {
    return List.of(
        // Rule 1: defined before use, by position of the instruction.
        ok("definition before use", "(seq " + CALL + "x) (call \"p\" (\"s\" \"f\") [x]))"),
        bad("use in the defining call", "(call \"p\" (\"s\" \"f\") [x] x)", UNDEFINED_VARIABLE),
        bad("use before definition", "(seq (call \"p\" (\"s\" \"f\") [x]) " + CALL + "x))",
            UNDEFINED_VARIABLE),
        bad("two undefined names (upstream parse_undefined_variable)",
            "(call id.$.a (\"\" \"f\") [\"hello\" name] $void)", UNDEFINED_VARIABLE,
            UNDEFINED_VARIABLE),
        bad("scalar accessor in a lens (upstream not_defined_scalar_in_lambda)",
            "(seq " + CALL + "value) (call \"\" (\"\" \"\") [value.$.[not_defined_scalar]]))",
            UNDEFINED_VARIABLE),
        ok("scalar accessor defined", "(seq (seq " + CALL + "v) " + CALL + "k)) (ap v.$.[k] x))"),
        bad("undefined stream folded", "(fold $s i (next i))", UNDEFINED_VARIABLE),
        ok("stream defined by new", "(new $s (fold $s i (next i)))"),
        ok("stream map written before fold", "(seq (ap (\"k\" 1) %m) (fold %m i (next i)))"),
        bad("undefined canon argument", "(call \"p\" (\"s\" \"f\") [#$c])", UNDEFINED_VARIABLE),
        bad("undefined canon map iterable", "(fold #%m i (null))", UNDEFINED_VARIABLE),
        bad("undefined map key", "(ap (k \"v\") %m)", UNDEFINED_VARIABLE),
        bad("undefined match operand", "(match x 1 (null))", UNDEFINED_VARIABLE),
        bad("legacy canon differs from new canon",
            "(seq (canon \"p\" $s #$cc) (ap #cc x))", UNDEFINED_VARIABLE),
        ok("canon of a stream nobody wrote (upstream parse_undefined_stream_without_lambda)",
            "(canon \"p\" $nobody #$c)"),
        ok("canon peer is not checked", "(canon undefined_peer $s #$c)"),
        ok("fail argument is not checked", "(fail undefined_error)"),
        ok("ap map value is not checked", "(ap (\"k\" undefined) %m)"),
        ok("last error lens scalar is not checked", "(ap %last_error%.$.[undefined] x)"),
        ok("new makes a scalar defined", "(new x (ap x y))"),
        ok("iterator stays defined after its fold",
            "(seq (fold [] i (null)) (call \"p\" (\"s\" \"f\") [i]))"),
        bad("only the first unresolved use of a name is reported",
            "(seq (call \"p\" (\"s\" \"f\") [x]) (call \"p\" (\"s\" \"f\") [x]))",
            UNDEFINED_VARIABLE),
        ok("quirk: only the first unresolved use is re-checked",
            "(match x 1 (new x (call \"p\" (\"s\" \"f\") [x])))"),
        // Rule 2: next inside a fold over the same iterator.
        bad("next of another iterator (upstream fold_with_undefined_iterable)",
            "(seq " + CALL + "iterable) (fold iterable i (seq " + CALL + "$void) (next j))))",
            UNDEFINED_ITERABLE),
        bad("undefined iterable (upstream fold_with_undefined_variable)",
            "(seq (null) (fold iterable i (seq " + CALL + "$void) (next i))))",
            UNDEFINED_VARIABLE),
        ok("quirk: a second next outside the fold is not checked (upstream fold_state_not_found)",
            "(seq (fold [] i (next i)) (next i))"),
        // Rule 3: one next per iterator per fold.
        bad("two nexts in a scalar fold", "(seq " + CALL + "iterable) (fold iterable i "
            + "(seq (next i) (next i))))", MULTIPLE_NEXT_IN_FOLD),
        bad("two nexts in a stream fold", "(seq " + CALL + "$stream) (fold $stream i "
            + "(seq (next i) (next i))))", MULTIPLE_NEXT_IN_FOLD),
        ok("same iterator in sibling folds", "(seq " + CALL + "iterable) (seq "
            + "(fold iterable i (seq (null) (next i))) (fold iterable i (seq (null) (next i)))))"),
        // Rule 4: nested folds cannot share an iterator.
        bad("nested folds with one iterator (upstream parse_fold_with_multiple_iterator)",
            "(seq (seq " + CALL + "iterable_1) " + CALL + "iterable_2)) (fold iterable_1 i (seq "
            + "(fold iterable_2 i (seq " + CALL + "$void) (next i))) (next i))))",
            MULTIPLE_ITERABLE_VALUES_FOR_ONE_ITERATOR),
        // Rule 5: new on an iterator.
        bad("new on an iterator (upstream iterators_cant_be_restricted)", "(seq " + CALL
            + "iterable) (fold iterable iterator (new iterator (call \"\" (\"\" \"\") [iterator]))))",
            ITERATOR_RESTRICTION_NOT_ALLOWED),
        ok("new of the iterator name outside the fold", "(seq (fold [] i (null)) (new i (null)))"),
        // Rule 6: fail 0.
        bad("fail with code 0", "(fail 0 \"some error\")", UNSUPPORTED_LITERAL_ERROR_CODE),
        ok("fail with a negative code", "(fail -1 \"x\")"),
        // Rule 7: nothing after next in stream folds (upstream fold.rs).
        ok("scalar fold may continue after next",
            "(seq " + CALL + "iterable) (fold iterable i (seq (next i) " + CALL + "$void))))"),
        bad("stream fold continues after next (fold_on_stream_with_next_neg)",
            "(seq " + CALL + "$iterable) (fold $iterable i (seq (next i) " + CALL + "$void))))",
            FOLD_HAS_INSTRUCTION_AFTER_NEXT),
        ok("stream fold with next last (fold_on_stream_with_subtree_and_next)",
            "(seq " + CALL + "$iterable) (fold $iterable i (seq (seq " + CALL + "$void) " + CALL
            + "$voida)) (next i))))"),
        bad("next in the left branch of an inner seq (fold_on_stream_with_next_in_a_branch1_neg)",
            "(seq " + CALL + "$iterable) (fold $iterable i (seq (seq " + CALL + "$void) (next i)) "
            + CALL + "$voida))))", FOLD_HAS_INSTRUCTION_AFTER_NEXT),
        bad("next on the right, then more (fold_on_stream_with_next_in_a_branch2_neg)",
            "(seq " + CALL + "$iterable) (fold $iterable i (seq " + CALL + "$voida) (seq (next i) "
            + CALL + "$void)))))", FOLD_HAS_INSTRUCTION_AFTER_NEXT),
        ok("xor after next (fold_on_stream_with_xor)",
            "(seq " + CALL + "$iterable) (fold $iterable i (xor (next i) " + CALL + "$void))))"),
        ok("xor and par (fold_on_stream_with_xor_and_par)", "(seq " + CALL + "$iterable) (fold "
            + "$iterable i (xor (par (ap 42 some) (next i)) (par " + CALL + "$void) (ap 42 some)))))"),
        bad("par with next on the left (fold_on_stream_with_xor_and_par_neg)", "(seq " + CALL
            + "$iterable) (fold $iterable i (xor (par (next i) (ap 42 some)) (par " + CALL
            + "$void) (ap 42 some)))))", FOLD_HAS_INSTRUCTION_AFTER_NEXT),
        bad("outer next before an inner fold's tail (fold_on_stream_with_next_in_a_fold1_neg)",
            "(seq (seq " + CALL + "$iterable1) " + CALL + "$iterable2)) (fold $iterable1 i (seq "
            + "(fold $iterable2 it (seq (next i) " + CALL + "$void))) " + CALL + "$voida))))",
            FOLD_HAS_INSTRUCTION_AFTER_NEXT),
        bad("two sibling folds repeat the same span (multiple_folds_same_iter_names_neg)",
            "(seq " + CALL + "$iterable) (seq (fold $iterable i (seq (next i) (ap 42 scalar))) "
            + "(fold $iterable i (seq (next i) (ap 42 scalar)))))",
            FOLD_HAS_INSTRUCTION_AFTER_NEXT, FOLD_HAS_INSTRUCTION_AFTER_NEXT),
        ok("sibling folds, next last (fold_on_stream_multiple_folds_same_iter_names)",
            "(seq " + CALL + "$iterable) (seq (fold $iterable i (seq (ap 42 scalar) (next i))) "
            + "(fold $iterable i (seq (ap 42 scalar) (next i)))))"),
        ok("nested fold under xor (fold_on_stream_with_xor_and_nested_fold_2)",
            "(seq " + CALL + "$iterable) (fold $iterable i (seq (ap 42 some) (xor (next i) "
            + "(fold $iterable it (seq (ap 42 some) (next it)))))))"),
        bad("nested fold under xor, then more (fold_on_stream_with_xor_and_nested_fold_neg_2)",
            "(seq " + CALL + "$iterable) (fold $iterable i (seq (xor (next i) (fold $iterable it "
            + "(seq (next it) (ap 42 some)))) (ap 42 some))))",
            FOLD_HAS_INSTRUCTION_AFTER_NEXT, FOLD_HAS_INSTRUCTION_AFTER_NEXT),
        ok("parallel folds over one stream (fold_on_stream_with_multiple_folds)",
            "(new $inner (seq (par (fold $inner ns (seq (ap ns $result) (next ns))) (null)) "
            + "(par (fold $inner ns (next ns)) (null))))"),
        ok("stream fold with last instruction", "(seq (ap 1 $s) (fold $s i (seq (null) (next i)) "
            + "(null)))"),
        bad("several rules at once", "(seq (fail 0 \"x\") (seq (next i) (call \"p\" (\"s\" \"f\") [y])))",
            UNDEFINED_ITERABLE, UNDEFINED_VARIABLE, UNSUPPORTED_LITERAL_ERROR_CODE));
  }

  @TestFactory
  Stream<DynamicTest> rules() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      ParseResult r = AirParser.parse("v.air", c.air());
      List<DiagnosticCode> actual = switch (r) {
        case Parsed p -> List.of();
        case Rejected rej -> rej.diagnostics().stream().map(Diagnostic::code).sorted().toList();
      };
      String shown = r instanceof Rejected rej
          ? DiagnosticRenderer.render("v.air", c.air(), rej.diagnostics()) : "accepted";
      assertEquals(c.expected().stream().sorted().toList(), actual, shown);
    }));
  }
}
