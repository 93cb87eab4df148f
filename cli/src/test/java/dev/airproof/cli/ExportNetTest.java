package dev.airproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.petri.pnml.PnmlReader;
import dev.airproof.petri.pnml.PnmlResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code airproof export --graph net}, {@code --to pnml} and {@code --to mcc}. */
class ExportNetTest {
  static final String FORKJOIN = Path.of("..", "examples", "forkjoin.air").toString();

  @TempDir Path dir;

  @Test
  void pnmlIsTheNetByDefaultAndReadsBack() throws IOException {
    Path out = dir.resolve("forkjoin.pnml");
    CliRun run = CliRun.of("export", FORKJOIN, "--to", "pnml", "-o", out.toString());
    assertEquals(0, run.exit(), run.err());
    PnmlResult r = PnmlReader.read(Files.readString(out));
    PnmlResult.Read read = assertInstanceOf(PnmlResult.Read.class, r, r::toString);
    assertEquals("forkjoin", read.nets().get(0).name());
    // 22 control and global data places plus the per-peer data places (docs/petri-semantics.md §2.7)
    assertEquals(39, read.nets().get(0).placeCount());
  }

  @Test
  void mccWritesTheModelAndItsPropertyFiles() throws IOException {
    Path out = dir.resolve("mcc");
    CliRun run = CliRun.of("export", FORKJOIN, "--to", "mcc", "-o", out.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(Files.readString(out.resolve("model.pnml")).contains("<pnml"));
    assertTrue(Files.readString(out.resolve("ReachabilityDeadlock.xml")).contains("<deadlock/>"));
    String ctl = Files.readString(out.resolve("CTLCardinality.xml"));
    assertTrue(ctl.contains("forkjoin-CTLCardinality-02"), ctl);
    String elements = Files.readString(out.resolve("elements.json"));
    assertTrue(elements.contains("\"role\" : \"call-ok\"") && elements.contains("\"line\" : 8"),
        elements);
  }

  @Test
  void dotOfTheNetOnRequestAndOfTheDagByDefault() throws IOException {
    Path net = dir.resolve("net.dot");
    Path dag = dir.resolve("dag.dot");
    assertEquals(0, CliRun.of("export", FORKJOIN, "--to", "dot", "--graph", "net", "-o",
        net.toString()).exit());
    assertEquals(0, CliRun.of("export", FORKJOIN, "--to", "dot", "-o", dag.toString()).exit());
    assertTrue(Files.readString(net).contains("shape=\"box\" label=\"call-ok [provider_1]"));
    assertTrue(!Files.readString(dag).contains("call-ok"));
  }

  @Test
  void netSummaryGivesSizesAndVerdicts() throws IOException {
    Path out = dir.resolve("summary.txt");
    CliRun run = CliRun.of("export", FORKJOIN, "--to", "summary", "--graph", "net", "--failures",
        "-o", out.toString());
    assertEquals(0, run.exit(), run.err());
    String text = Files.readString(out);
    // with failures each par branch may fail apart from the other (more places and transitions)
    assertTrue(text.startsWith("places: 43, transitions: 45"), text);
    assertTrue(text.contains("no-stuck-join: violated"), text);
  }

  @Test
  void pnmlOfTheDagIsAUserError() {
    CliRun run = CliRun.of("export", FORKJOIN, "--to", "pnml", "--graph", "dag");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("drop --graph dag"), run.err());
  }
}
