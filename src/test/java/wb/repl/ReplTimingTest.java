package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code /time} and {@code /timeit} at the prompt. */
class ReplTimingTest extends AtTheDumbPrompt {
    @Test
    void timeShowsTheValueThenWallAndCpuTime() throws Exception {
        repl.type("/time Thread.sleep(200)\n")
                .expectMatch("wall (\\d+(\\.\\d+)?) ms, cpu \\d+(\\.\\d+)? (ns|µs|ms) \\(this JVM, all threads\\)\n");
        // A 200 ms sleep: its wall time is at least that, and CPU time of a sleep is far less.
        Matcher wall = Pattern.compile("wall (\\d+(?:\\.\\d+)?) ms").matcher(repl.output());
        assertThat(wall.find()).isTrue();
        assertThat(Double.parseDouble(wall.group(1))).isGreaterThanOrEqualTo(199.0);
        repl.type("/time 6 * 7\n").expectMatch("\\$\\d+ ==> 42\nwall [^\n]+, cpu [^\n]+\n");
        // The caret stands under the snippet where it was typed, after "/time ".
        repl.type("/time nope + 1\n").expect("error: cannot find symbol: variable nope\n"
                + "          nope + 1\n          ^\n");
        assertThat(repl.unseen()).doesNotContain("wall");
    }

    @Test
    void timeitOfRidgePrintsTheMedianAndTheCount() throws Exception {
        repl.type("dataset(1000, vec(3.14), 1.0);\n");
        repl.type("/timeit ridge(1e3)\n")
                .expectMatch("\\d+(\\.\\d+)? (ns|µs|ms|s) per run \\(median of 7 timings of (\\d+) runs? each;"
                        + " fastest [^,]+, slowest [^)]+\\)\n");
        Matcher count = Pattern.compile("median of 7 timings of (\\d+) run").matcher(repl.output());
        assertThat(count.find()).isTrue();
        assertThat(Long.parseLong(count.group(1))).isPositive();
    }

    @Test
    void timeitChoosesFewerRunsForASlowerSnippet() throws Exception {
        // 1, 2, 5, 10, ... calls until a timing lasts 0.2 s: a 30 ms snippet needs 10 calls, never 1000.
        repl.type("/timeit Thread.sleep(30)\n").expectMatch("per run \\(median of 7 timings of (5|10) runs each;");
    }

    @Test
    void ctrlCStopsTimeAndTimeitAndKeepsTheSession() throws Exception {
        repl.type("int kept = 3;\n").expect("kept ==> 3\n");
        repl.type("/time while (true) { kept = kept; }\n");
        repl.stopWithCtrlC();
        repl.type("/timeit Thread.sleep(100)\n");
        Thread.sleep(1500); // past the first run, into the repeated ones
        repl.stopWithCtrlC();
        assertThat(repl.unseen()).doesNotContain("per run");
        repl.type("kept\n").expect("kept ==> 3\n");
    }

    @Test
    void aDeclarationHasNothingToTimeAndNoSnippetIsAUsageError() throws Exception {
        repl.type("/timeit int twice(int x) { return 2 * x; }\n").expect("nothing ran: a declaration has no run to time\n");
        repl.type("/time\n").expect("usage: /time SNIPPET, e.g. /time ridge(1e3)\n");
    }
}
