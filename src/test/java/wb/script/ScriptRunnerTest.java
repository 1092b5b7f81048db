package wb.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wb.session.OneSessionPerClass;

class ScriptRunnerTest extends OneSessionPerClass {
    private final ScriptCapture printed = new ScriptCapture();

    @TempDir
    Path dir;

    @BeforeEach
    void fresh() {
        session.reset();
    }

    private int run(String script, ScriptRunner.Options options) {
        return run(script, options, List.of());
    }

    private int run(String script, ScriptRunner.Options options, List<String> args) {
        return printed.run(session, options, args, script, "demo.jsh", dir);
    }

    private int run(String script) {
        return run(script, new ScriptRunner.Options(false, false));
    }

    @Test
    void aCleanScriptExitsZeroAndEchoesBareExpressionsLikeANotebook() {
        int status = run("int x = 20;\nx * 2 + 2\nx\nx = 5;\nSystem.out.println(\"printed\");\n");
        assertThat(status).isEqualTo(ExitStatus.OK);
        assertThat(printed.out()).isEqualTo("42\nx ==> 20\nprinted\n");
        assertThat(printed.err()).isEmpty();
    }

    @Test
    void quietTurnsTheEchoOff() {
        assertThat(run("1 + 1\nSystem.out.println(3);", new ScriptRunner.Options(true, false))).isZero();
        assertThat(printed.out()).isEqualTo("3\n");
    }

    @Test
    void aRuntimeExceptionOnLine3ExitsOneWithFileLineAndColumn() {
        int status = run("int a = 1;\nint b = 2;\n  Objects.requireNonNull(null, \"the weights\");\nint never = 3;\n");
        assertThat(status).isEqualTo(ExitStatus.FAILED);
        assertThat(printed.err()).startsWith("demo.jsh:3:3: error: NullPointerException: the weights\n"
                + "      Objects.requireNonNull(null, \"the weights\");\n"
                + "      ^\n"
                + "    at demo.jsh:3\n");
        assertThat(session.history()).extracting(s -> s.code()).doesNotContain("int never = 3;");
    }

    @Test
    void aCompileErrorOnLine5ExitsOneWithTheColumnOfTheError() {
        int status = run("// five lines\nint a = 1;\n\nint b = 2;\ndouble c = a + missing;\n");
        assertThat(status).isEqualTo(ExitStatus.FAILED);
        assertThat(printed.err()).isEqualTo("demo.jsh:5:16: error: cannot find symbol: variable missing\n"
                + "    double c = a + missing;\n"
                + "                   ^\n");
    }

    @Test
    void anExceptionInAMethodNamesTheMethodsLineAndTheCallers() {
        int status = run("void check(double lambda) {\n"
                + "    if (lambda < 0)\n"
                + "        throw new IllegalArgumentException(\"lambda must be >= 0, got \" + lambda);\n"
                + "}\n"
                + "check(-1);\n");
        assertThat(status).isEqualTo(ExitStatus.FAILED);
        assertThat(printed.err()).startsWith("demo.jsh:3:9: error: IllegalArgumentException: lambda must be >= 0, got -1.0\n")
                .contains("    at check (demo.jsh:3)\n    at demo.jsh:5\n");
    }

    @Test
    void jshellsWrapperMethodsNeverShowInTheFrames() {
        // JShell runs a variable's initialiser in a method of its own (do_it$Aux) called from the
        // snippet's (do_it$), and a lambda in a synthetic one (lambda$do_it$$0); users wrote none
        // of them. Line 4 is where the stream runs.
        int status = run("var xs = List.of(1.0, -2.0);\n"
                + "var roots = xs.stream()\n"
                + "    .map(x -> Math.sqrt(Objects.requireNonNull(x < 0 ? null : x, \"negative\")))\n"
                + "    .toList();\n");
        assertThat(status).isEqualTo(ExitStatus.FAILED);
        assertThat(printed.err()).startsWith("demo.jsh:3:5: error: NullPointerException: negative\n")
                .endsWith("    at lambda (demo.jsh:3)\n    at demo.jsh:4\n")
                .doesNotContain("do_it");
    }

    @Test
    void keepGoingRunsOnAndStillExitsOne() {
        int status = run("int a = undefined;\nSystem.out.println(\"after\");\n", new ScriptRunner.Options(false, true));
        assertThat(status).isEqualTo(ExitStatus.FAILED);
        assertThat(printed.out()).isEqualTo("after\n");
        assertThat(printed.err()).startsWith("demo.jsh:1:9: error:");
    }

    @Test
    void systemExitEndsTheRunWithItsStatus() {
        assertThat(run("System.out.println(\"before\");\nSystem.exit(7);\nSystem.out.println(\"after\");")).isEqualTo(7);
        assertThat(printed.out()).isEqualTo("before\n");
    }

    @Test
    void exitCommandEndsTheRunWithItsStatus() {
        assertThat(run("System.out.println(1)\n/exit 4\nSystem.out.println(2)")).isEqualTo(4);
        assertThat(printed.out()).isEqualTo("1\n");
    }

    @Test
    void aReplOnlyCommandIsAnErrorAtItsLine() {
        assertThat(run("int a = 1;\n/vars\n")).isEqualTo(ExitStatus.FAILED);
        assertThat(printed.err()).isEqualTo("demo.jsh:2:1: error: /vars is not available in scripts;"
                + " a script can use /open FILE, /add LIBRARY..., /seed [N] and /exit [CODE]\n");
    }

    @Test
    void seedCommandRestartsTheStream() {
        assertThat(run("/seed 5\nlong first = Workbench.current().seed();\nfirst\n".replace("Workbench", "wb.api.Workbench")))
                .isZero();
        assertThat(printed.out()).isEqualTo("first ==> 5\n");
        assertThat(run("/seed lots\n")).isEqualTo(ExitStatus.FAILED);
        assertThat(printed.err()).contains("demo.jsh:1:1: error: /seed takes a whole number, got 'lots'");
    }

    @Test
    void aBadCommandArgumentIsAnErrorAtItsLineWithTheSameMessageAsAtThePrompt() {
        assertThat(run("int a = 1;\n/seed -1\n")).isEqualTo(ExitStatus.FAILED);
        assertThat(printed.err()).isEqualTo("demo.jsh:2:1: error: /seed takes a seed in [0, 4294967295], as numpy's, got '-1'\n");
        printed.resetErr();
        assertThat(run("/exit soon\n")).isEqualTo(ExitStatus.FAILED);
        assertThat(printed.err()).isEqualTo("demo.jsh:1:1: error: /exit takes a whole number status, got 'soon'\n");
        printed.resetErr();
        assertThat(run("/open\n")).isEqualTo(ExitStatus.FAILED);
        assertThat(printed.err()).isEqualTo("demo.jsh:1:1: error: /open needs a file name, e.g. /open scripts/demo.jsh\n");
    }

    @Test
    void withKeepGoingABadCommandCountsAsAFailureAndTheRunGoesOn() {
        assertThat(run("/seed -1\nSystem.out.println(\"after\");\n", new ScriptRunner.Options(false, true)))
                .isEqualTo(ExitStatus.FAILED);
        assertThat(printed.out()).isEqualTo("after\n");
    }

    @Test
    void openRunsAnotherFileRelativeToTheScriptAndReportsItsLines() throws IOException {
        Files.writeString(dir.resolve("lib.jsh"), "double twice(double x) { return 2 * x; }\nint bad = nope;\n");
        assertThat(run("/open lib.jsh\ntwice(4)\n")).isEqualTo(ExitStatus.FAILED);
        assertThat(printed.err()).startsWith("lib.jsh:2:11: error: cannot find symbol: variable nope");
        Files.writeString(dir.resolve("lib.jsh"), "double twice(double x) { return 2 * x; }\n");
        printed.resetOut();
        assertThat(run("/open lib.jsh\ntwice(4)\n")).isZero();
        assertThat(printed.out()).isEqualTo("8.0\n");
        assertThat(run("/open missing.jsh\n")).isEqualTo(ExitStatus.FAILED);
        assertThat(printed.err()).contains("demo.jsh:1:1: error: cannot read missing.jsh: no such file");
    }

    @Test
    void argsHoldTheScriptsArguments() {
        assertThat(run("#!/usr/bin/env wb\nargs.length\nargs[1]\n", new ScriptRunner.Options(false, false),
                List.of("one", "two \"quoted\"\n"))).isZero();
        assertThat(printed.out()).isEqualTo("2\n\"two \\\"quoted\\\"\\n\"\n");
    }

    @Test
    void aScriptThatOpensItselfIsReportedAsACycleAtItsOpenLine() throws IOException {
        Files.writeString(dir.resolve("demo.jsh"), "int a = 1;\n/open demo.jsh\n");
        int status = run("int a = 1;\n/open demo.jsh\n");
        assertThat(status).isEqualTo(ExitStatus.FAILED);
        assertThat(printed.err()).isEqualTo("demo.jsh:2:1: error: /open demo.jsh: demo.jsh opens itself; a file cannot /open itself\n");
    }

    @Test
    void twoFilesThatOpenEachOtherAreReportedAsACycleAtTheOpenLineThatClosesIt() throws IOException {
        Files.writeString(dir.resolve("a.jsh"), "int fromA = 1;\n\n/open b.jsh\n");
        Files.writeString(dir.resolve("b.jsh"), "int fromB = 2;\n/open a.jsh\n");
        int status = run("/open a.jsh\n");
        assertThat(status).isEqualTo(ExitStatus.FAILED);
        assertThat(printed.err()).isEqualTo("b.jsh:2:1: error: /open a.jsh: a.jsh, which opens b.jsh, which opens a.jsh again;"
                + " files cannot /open each other in a cycle\n");
    }

    @Test
    void aFileOpenedTwiceOneAfterTheOtherIsNotACycle() throws IOException {
        Files.writeString(dir.resolve("lib.jsh"), "System.out.println(\"lib\");\n");
        assertThat(run("/open lib.jsh\n/open lib.jsh\n")).isEqualTo(ExitStatus.OK);
        assertThat(printed.out()).isEqualTo("lib\nlib\n");
    }

    @Test
    void anOpenedFileThatIsNotUtf8IsReportedAtItsBadByte() throws IOException {
        Files.write(dir.resolve("latin.jsh"), "// caf\u00e9\nint x = 1;\n".getBytes(StandardCharsets.ISO_8859_1));
        int status = run("/open latin.jsh\n");
        assertThat(status).isEqualTo(ExitStatus.FAILED);
        assertThat(printed.err()).isEqualTo("latin.jsh:1:7: error: byte 0xE9 is not UTF-8 (the file looks like Latin-1 or"
                + " Windows-1252); wb reads UTF-8: convert the file, e.g. iconv -f LATIN1 -t UTF-8\n");
    }
    @Test
    void aScriptKeepsOnlyTheVariablesThatAnotherOfItsSnippetsNamesSoEachSnippetCompilesAgainstThoseAlone() {
        // JShell compiles every snippet with an import of each variable in effect: a 5,000-line
        // script cost O(n²). A variable nothing else names (a $N value, a declaration nothing
        // reads) goes once its snippet has run; one named later, earlier (a method's forward
        // reference), in a lambda or through args stays.
        int status = run("int used = 1;\nint unused = 2;\nint later() { return forward; }\nint forward = 3;\n"
                + "Runnable r = () -> System.out.println(\"r ran\");\n1 + 1\nString[] copy = args.clone();\n"
                + "System.out.println(used + later() + copy.length);\nr.run();\n",
                new ScriptRunner.Options(false, false), List.of("a", "b"));
        assertThat(status).isZero();
        assertThat(printed.out()).isEqualTo("2\n6\nr ran\n");
        assertThat(session.variables()).anyMatch(v -> v.startsWith("int used = 1"))
                .anyMatch(v -> v.startsWith("int forward = 3")).anyMatch(v -> v.startsWith("String[] copy"))
                .noneMatch(v -> v.startsWith("int unused")).noneMatch(v -> v.startsWith("int $"));
    }

    @Test
    void aScriptWhoseNamesCannotAllBeReadBeforeItRunsKeepsEveryVariable() throws IOException {
        // A file it opens may name anything; a Unicode escape is a name only to the compiler.
        Files.writeString(dir.resolve("other.jsh"), "System.out.println(\"seen \" + unused);\n");
        assertThat(run("int unused = 2;\n/open other.jsh\n")).isZero();
        assertThat(printed.out()).isEqualTo("seen 2\n");
        session.reset();
        assertThat(run("int a = 1;\nSystem.out.println(\"escaped \" + \\u0061);\n")).isZero();
        assertThat(printed.out()).endsWith("escaped 1\n");
    }
}
