package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The REPL on a dumb terminal over pipes: what a user types and what they see. */
class ReplTest extends AtTheDumbPrompt {
    /** The whole banner: the JDK's version and the seed. */
    @Override
    String banner() {
        return "wb test · JDK " + System.getProperty("java.version") + " · seed 0";
    }

    @Test
    void echoesValuesAndDeclarationsTheWayJshellDoes() throws Exception {
        repl.type("1 + 1\n").expectMatch("\\$\\d+ ==> 2\n");
        repl.type("var greeting = \"hi\"\n").expect("greeting ==> \"hi\"\n");
        repl.type("int twice(int x) { return 2 * x; }\n").expect("created method twice(int)\n");
        repl.type("int twice(int x) { return x + x; }\n").expect("replaced method twice(int)\n");
        repl.type("double later() { return notYet(); }\n")
                .expect("created method later(), but it cannot be used until method notYet() is declared\n");
        repl.type("import java.time.*;\n").expect("wb> import java.time.*;\nwb> "); // silent, as in jshell
        repl.type("twice(4)\n").expectMatch("\\$\\d+ ==> 8\n");
    }

    @Test
    void aValueOfSeveralLinesStaysAlignedUnderItsFirst() throws Exception {
        repl.type("String lines = \"one\\ntwo\"\n").expect("lines ==> \"one\\ntwo\"");
        repl.type("record Two(String a) { public String toString() { return \"[1]\\n[2]\"; } }\n")
                .expect("created record Two");
        repl.type("var t = new Two(\"x\")\n").expect("t ==> [1]\n      [2]\n");
    }

    @Test
    void bangAndNotEqualAreJavaNotHistoryReferences() throws Exception {
        repl.type("boolean differs = 1 != 2\n").expect("differs ==> true\n");
        repl.type("!differs\n").expectMatch("\\$\\d+ ==> false\n");
        repl.type("\"a\\\\b\".length()\n").expectMatch("\\$\\d+ ==> 3\n");
    }

    @Test
    void anUnfinishedSnippetContinuesOnTheNextLine() throws Exception {
        repl.type("int twice(int x) {\n").type("    return 2 * x;\n").type("}\n")
                .expect("created method twice(int)\n");
        repl.type("twice(\n").type("21)\n").expectMatch("\\$\\d+ ==> 42\n");
    }

    @Test
    void severalSnippetsOnOneEntryRunInOrderAndStopAtTheFirstFailure() throws Exception {
        repl.type("int a = 1; int b = nope; int c = 3;\n")
                .expect("a ==> 1\n")
                .expect("error: cannot find symbol: variable nope\n");
        repl.type("c\n").expect("error: cannot find symbol: variable c\n");
        repl.type("int m1 = 1; int m2 = (\n").type("m1 + 1);\n").expect("m1 ==> 1\n").expect("m2 ==> 2\n");
    }

    @Test
    void aCompileErrorShowsTheLineWithACaretUnderTheColumn() throws Exception {
        repl.type("double d = 1 + nope;\n")
                .expect("error: cannot find symbol: variable nope\n"
                        + "    double d = 1 + nope;\n"
                        + "                   ^\n");
        repl.type("int ok = 1;\n").type("int bad = ok +\n").type("  missing;\n")
                .expect("line 2: error: cannot find symbol: variable missing\n"
                        + "      missing;\n"
                        + "      ^\n");
    }

    @Test
    void anExceptionShowsTypeMessageAndUserFramesAndTraceShowsAll() throws Exception {
        repl.type("void fail(int n) { throw new IllegalStateException(\"boom \" + n); }\n")
                .expect("created method fail(int)");
        repl.type("fail(3)\n")
                .expect("IllegalStateException: boom 3\n")
                .expectMatch("    at fail \\(#\\d+:1\\)\n    at #\\d+:1\n");
        repl.type("/trace\n").expect("java.lang.IllegalStateException: boom 3\n    at fail (#");
    }

    @Test
    void ctrlCStopsARunawayLoopAndASleepAndKeepsEarlierVariables() throws Exception {
        repl.type("int kept = 7;\n").expect("kept ==> 7\n");
        repl.type("while (true) { kept = kept; }\n");
        repl.stopWithCtrlC();
        repl.type("Thread.sleep(600_000)\n");
        repl.stopWithCtrlC();
        repl.type("kept\n").expect("kept ==> 7\n");
    }

    @Test
    void ctrlCStopsALongHelperComputationWithinTwoSeconds() throws Exception {
        repl.type("int before = 1;\n").expect("before ==> 1\n");
        // About 50 million random draws: seconds of work inside the helper, not in snippet code,
        // which only the helper's own interruption checks can stop on JDK 19 and later.
        repl.type("var big = dataset(5_000_000, 10);\n");
        repl.awaitEvaluating();
        Thread.sleep(500); // past compiling, into the helper
        long pressed = System.nanoTime();
        repl.pressCtrlC();
        assertThat(Duration.ofNanos(System.nanoTime() - pressed)).isLessThan(Duration.ofSeconds(2));
        // Cut short, not left to finish (a stop requested near the end would still say "stopped").
        repl.type("big == null\n").expectMatch("\\$\\d+ ==> true\n");
        repl.type("before\n").expect("before ==> 1\n");
    }

    @Test
    void ctrlCStopsWhatIsLeftOfAnEntry() throws Exception {
        repl.type("int before = 1; Thread.sleep(600_000); int after = 2;\n").expect("before ==> 1\n");
        repl.stopWithCtrlC();
        repl.type("after\n").expect("error: cannot find symbol: variable after\n");
    }

    @Test
    void ctrlCAtThePromptDropsTheLineAndAPastedSnippetWhoseEndNeverComes() throws Exception {
        // A line being typed; then a paste cut short, whose class, method and text block are never
        // closed, so the prompt waits on  ..>  for more: Ctrl-C leaves each, and the next line runs alone.
        for (String typed : new String[] {"int dropped = 1", "class Pasted {\n    int f() {\n        String s = \"\"\"\n        half\n"}) {
            repl.type(typed);
            Thread.sleep(500); // a dumb terminal shows nothing while typing; give the reader time to take the keys
            repl.type("\u0003");
        }
        repl.type("1 + 1\n").expectMatch("\\$\\d+ ==> 2\n");
        repl.type("dropped\n").expect("error: cannot find symbol: variable dropped\n");
        repl.type("new Pasted()\n").expect("error: cannot find symbol: class Pasted\n");
    }

    @Test
    void systemExitLeavesTheWorkbenchRunning() throws Exception {
        repl.type("System.exit(0)\n")
                .expect("the snippet called System.exit(0); the workbench keeps running — leave with /exit or Ctrl-D\n");
        repl.type("40 + 2\n").expectMatch("\\$\\d+ ==> 42\n");
    }

    @Test
    void tabCompletesJavaMembersAndCommands() throws Exception {
        repl.type("Math.sqr\t16)\n").expectMatch("\\$\\d+ ==> 4.0\n");
        repl.type("\"abc\".toUpperCa\t)\n").expectMatch("\\$\\d+ ==> \"ABC\"\n");
        repl.type("/se\t7\n").expect("seed 7: the helpers' random draws start again from it\n");
    }

    @Test
    void tabCompletesFileNamesAfterOpen() throws Exception {
        Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(dir.resolve("scripts/only-one.jsh"), "int fromFile = 5;\nfromFile * 2\n");
        repl.type("/open scr\tonl\t\n").expect("10\n");
        repl.type("fromFile\n").expect("fromFile ==> 5\n");
    }

    @Test
    void commandsListVariablesMethodsImportsAndSnippets() throws Exception {
        repl.type("int n = 3;\n").type("int sq(int x) { return x * x; }\n").expect("created method sq(int)");
        repl.type("/vars\n").expect("  int n = 3\n");
        repl.type("/methods\n").expect("  sq(int) int\n");
        repl.type("/imports\n").expect("  import java.util.*;\n");
        repl.type("/list\n").expectMatch(" +#\\d+  int n = 3;\n +#\\d+  int sq\\(int x\\)");
        repl.type("/v\n").expect("  int n = 3\n");
        repl.type("/help\n").expect("/save FILE").expect("Shift-Tab, Alt-H");
    }

    @Test
    void seedIsShownAndSet() throws Exception {
        repl.type("/seed\n").expect("seed 0\n");
        repl.type("/seed 42\n").expect("seed 42: the helpers' random draws start again from it\n");
        assertThat(repl.session().seed()).isEqualTo(42);
        repl.type("/seed forty\n").expect("error: /seed takes a whole number, got 'forty'\n");
        repl.type("/seed -1\n").expect("error: /seed takes a seed in [0, 4294967295], as numpy's, got '-1'\n");
        assertThat(repl.session().seed()).isEqualTo(42);
        repl.type("/seed\n").expect("seed 42\n");
    }

    @Test
    void anUnknownCommandSuggestsTheNearest() throws Exception {
        repl.type("/lsit\n").expect("unknown command /lsit; did you mean /list? (/help lists them all)\n");
        repl.type("/s\n").expect("/s is ambiguous: it could be /save, /seed\n");
    }

    @Test
    void saveWritesTheSnippetsAndOpenRunsThemAfterAReset() throws Exception {
        repl.type("int base = 20;\n").type("int more(int x) { return base + x; }\n").expect("created method more(int)");
        repl.type("/save saved.jsh\n").expect("saved 2 snippets to saved.jsh\n");
        assertThat(Files.readString(dir.resolve("saved.jsh"), StandardCharsets.UTF_8))
                .isEqualTo("int base = 20;\nint more(int x) { return base + x; }\n");
        assertThat(Files.list(dir)).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        repl.type("/reset\n").expect("reset: every snippet");
        repl.type("base\n").expect("error: cannot find symbol: variable base\n");
        repl.type("/open saved.jsh\n").type("more(22)\n").expectMatch("\\$\\d+ ==> 42\n");
        repl.type("/open missing.jsh\n").expect("cannot read missing.jsh: no such file or folder\n");
        repl.type("/save\n").expect("/save needs a file name");
    }

    @Test
    void aSavedSessionWithARedefinedMethodAStoppedLoopAndFailuresReplaysToTheSameValues() throws Exception {
        // a uses the first scale, b the second
        repl.type("double scale(double x) { return x; }\ndouble a = scale(2);\n")
                .expect("created method scale(double)\n").expect("a ==> 2.0\n");
        repl.type("double scale(double x) { return 10 * x; }\ndouble b = scale(2);\n")
                .expect("replaced method scale(double)\n").expect("b ==> 20.0\n");
        repl.type("while (true) { b = b; }\n");
        repl.awaitEvaluating();
        repl.type("\u0003");
        repl.expect("stopped (Ctrl-C)");
        repl.type("double c = a + nope;\n").expect("error: cannot find symbol: variable nope\n");
        repl.type("int[] d = new int[1]; d[3] = 1;\n").expect("ArrayIndexOutOfBoundsException");
        repl.type("var e = dataset(3, 1).y().get(0);\n").expectMatch("e ==> -?\\d");
        Matcher drawn = Pattern.compile("e ==> (\\S+)\n").matcher(repl.output());
        assertThat(drawn.find()).isTrue();
        repl.type("/save saved.jsh\n").expect("saved 6 snippets to saved.jsh\n");
        assertThat(Files.readString(dir.resolve("saved.jsh"), StandardCharsets.UTF_8)).isEqualTo(
                "double scale(double x) { return x; }\ndouble a = scale(2);\ndouble scale(double x) { return 10 * x; }\n"
                        + "double b = scale(2);\nint[] d = new int[1];\nvar e = dataset(3, 1).y().get(0);\n");
        repl.type("/reset\n").expect("reset: every snippet");
        repl.type("/open saved.jsh\n").type("a + \" \" + b + \" \" + d.length\n").expect("\"2.0 20.0 1\"\n");
        repl.type("e\n").expect("e ==> " + drawn.group(1) + "\n"); // the same draw: the same seed, the same calls before
    }

    @Test
    void aSavedSessionKeepsItsAddsAndSeedsWhereTheyRanAndReplaysToTheSameDrawsAfterAResetAndAnotherSeed() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes")).toRealPath();
        repl.type("/add classes\n").expect("added " + classes + "\n");
        repl.type("/seed 7\n").expect("seed 7: the helpers' random draws start again from it\n");
        repl.type("var e = dataset(3, 1).y().get(0);\n").expectMatch("e ==> -?\\d");
        Matcher drawn = Pattern.compile("e ==> (\\S+)\n").matcher(repl.output());
        assertThat(drawn.find()).isTrue();
        repl.type("/seed -1\n").expect("error: /seed takes a seed in"); // a failed command is not saved
        repl.type("/save saved.jsh\n").expect("saved 1 snippet and 2 commands to saved.jsh\n");
        assertThat(Files.readString(dir.resolve("saved.jsh"), StandardCharsets.UTF_8))
                .isEqualTo("/add " + classes + "\n/seed 7\nvar e = dataset(3, 1).y().get(0);\n");
        // Another seed, then a reset: the draws would restart from 3, but the saved /seed 7 comes first.
        repl.type("/seed 3\n").expect("seed 3: ");
        repl.type("/reset\n").expect("reset: every snippet");
        repl.type("/open saved.jsh\n").type("e\n").expect("e ==> " + drawn.group(1) + "\n");
        // What a reset keeps is saved again: the library, and the seed chosen before it.
        repl.type("/reset\n").expect("reset: every snippet");
        repl.type("/save again.jsh\n").expect("saved 0 snippets and 2 commands to again.jsh\n");
        assertThat(Files.readString(dir.resolve("again.jsh"), StandardCharsets.UTF_8))
                .isEqualTo("/add " + classes + "\n/seed 7\n");
    }

    @Test
    void openStopsAtTheFirstFailureWithItsFileLineAndColumn() throws Exception {
        Files.writeString(dir.resolve("broken.jsh"), "int first = 1;\n\nint second = first + nope;\nint third = 3;\n");
        repl.type("/open broken.jsh\n")
                .expect("broken.jsh:3:22: error: cannot find symbol: variable nope\n"
                        + "    int second = first + nope;\n"
                        + "                         ^\n");
        repl.type("first\n").expect("first ==> 1\n");
        repl.type("third\n").expect("error: cannot find symbol: variable third\n");
    }

    @Test
    void docShowsAMethodsSignaturesAndSaysSoWhenThereIsNone() throws Exception {
        repl.type("/doc Math.max\n").expect("int Math.max(int a, int b)").expect("double Math.max(double a, double b)");
        repl.type("/doc noSuchThing\n").expect("no documentation for noSuchThing\n");
    }

    @Test
    void exitEndsTheReplWithItsStatusAndCtrlDWithZero() throws Exception {
        repl.type("/exit 3\n");
        assertThat(repl.exitStatus()).isEqualTo(3);
    }

    @Test
    void ctrlDOnAnEmptyLineLeaves() throws Exception {
        repl.type("\u0004");
        assertThat(repl.exitStatus()).isZero();
    }

    @Test
    void historySurvivesARestartAndHistoryListsIt() throws Exception {
        repl.type("int remembered = 1;\n").expect("remembered ==> 1\n");
        repl.type("/exit\n");
        assertThat(repl.exitStatus()).isZero();
        assertThat(Files.readString(dir.resolve("state/history"))).contains("int remembered = 1;");
        repl.close();
        repl = new ReplHarness(dir.resolve("state/history"), dir);
        repl.type("/history\n").expectMatch("\\s+\\d+  int remembered = 1;\n\\s+\\d+  /exit\n\\s+\\d+  /history\n");
    }
}
