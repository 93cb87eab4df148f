package dev.airproof.interpreter.semantics.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.ast.Instruction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule "one file per AIR instruction" of the execution layer: every record of the sealed
 * {@link Instruction} type has its executor {@code <Record>Executor} in this package, with a static
 * {@code execute(<Record>, ExecutionContext)}.
 */
class ExecutorPerInstructionTest {
  private static List<Class<?>> records(Class<?> sealed) {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> c : sealed.getPermittedSubclasses()) {
      if (c.isSealed() && c.isInterface()) {
        out.addAll(records(c));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  @Test
  void everyInstructionHasItsExecutor() {
    List<Class<?>> instructions = records(Instruction.class);
    assertTrue(instructions.size() >= 19, "instructions: " + instructions);
    List<String> missing = new ArrayList<>();
    for (Class<?> i : instructions) {
      String name = Executor.class.getPackageName() + "." + i.getSimpleName() + "Executor";
      try {
        Class.forName(name).getDeclaredMethod("execute", i, ExecutionContext.class);
      } catch (ClassNotFoundException | NoSuchMethodException e) {
        missing.add(i.getSimpleName() + " (" + name + ".execute)");
      }
    }
    assertEquals(List.of(), missing, "instructions without their executor file");
  }
}
