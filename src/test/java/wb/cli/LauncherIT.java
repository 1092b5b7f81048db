package wb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged {@code scripts/wb} as a user runs it: answers, exit statuses and messages. */
class LauncherIT extends LauncherRuns {
    @TempDir
    Path dir;

    @Test
    void versionAnswers() throws Exception {
        Launcher.Result r = wb.run(dir, null, "--version");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("wb ").contains("JDK ");
    }

    @Test
    void aScriptFromStandardInputPrintsTwo() throws Exception {
        Launcher.Result r = wb.run(dir, "1+1\n", "-");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("2\n");
    }

    @Test
    void aScriptSeesOjAlgoButNotTheWorkbenchsOwnLibraries() throws Exception {
        Launcher.Result ojAlgo = wb.run(dir, "org.ojalgo.structure.Access1D<?> a = vec(1, 2, 3);\na.count()\n", "-");
        assertThat(ojAlgo.status()).as(ojAlgo.err()).isZero();
        assertThat(ojAlgo.out()).isEqualTo("3\n");
        Launcher.Result jline = wb.run(dir, "org.jline.terminal.Terminal.class\n", "-");
        assertThat(jline.status()).isEqualTo(1);
        assertThat(jline.err()).startsWith("<stdin>:1:19: error: package org.jline.terminal does not exist\n");
    }

    @Test
    void aFigureThatCannotBeWrittenStopsTheRunAtItsLineBeforeTheNextSnippetRuns() throws Exception {
        // A script's figure values are drawn while the next snippets compile; its failure must
        // still stop the run there, whatever comes next: a statement, a compile error, a command.
        Files.createDirectories(dir.resolve("out/01-figure.png")); // a folder where the figure should go
        String failure = ":2:1: error: java.io.UncheckedIOException: could not show the figure: save: cannot write "
                + "out/01-figure.png: ";
        for (String next : List.of("System.out.println(\"after\");", "int x = ;", "/exit 3")) {
            Files.writeString(dir.resolve("NAME.jsh"), "System.out.println(\"before\");\nplot(x -> x, 0, 1)\n" + next + "\n");
            Launcher.Result r = wb.run(dir, null, "NAME.jsh");
            assertThat(r.status()).as(next + ": " + r.err()).isEqualTo(1);
            assertThat(r.out()).as(next).isEqualTo("before\n");
            assertThat(r.err()).as(next).startsWith("NAME.jsh" + failure).contains("is a folder").doesNotContain("saved");
        }
    }

    @Test
    void aRuntimeErrorOnLine3ExitsOneAndNamesTheLine() throws Exception {
        Files.writeString(dir.resolve("NAME.jsh"), "int a = 1;\nint b = 0;\nint c = a / b;\n");
        Launcher.Result r = wb.run(dir, null, "NAME.jsh");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).startsWith("NAME.jsh:3:1: error: ArithmeticException: / by zero\n");
    }

    @Test
    void aCompileErrorOnLine5ExitsOneAndNamesTheLine() throws Exception {
        Files.writeString(dir.resolve("NAME.jsh"), "int a = 1;\n\n\n\nString s = a.length();\n");
        Launcher.Result r = wb.run(dir, null, "run", "NAME.jsh");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).startsWith("NAME.jsh:5:13: error: int cannot be dereferenced\n");
    }

    @Test
    void wbJavaOptsReachTheJvmAfterWbsOwnOptions() throws Exception {
        // The launcher sets Tier4InvocationThreshold itself; the last occurrence of an option wins.
        Process p = wb.start(dir, List.of("-"),
                java.util.Map.of("WB_JAVA_OPTS", "-Dwb.it.demo=seen -XX:Tier4InvocationThreshold=12345"));
        String script = "System.getProperty(\"wb.it.demo\")\n"
                + "java.lang.management.ManagementFactory.getPlatformMXBean("
                + "com.sun.management.HotSpotDiagnosticMXBean.class).getVMOption(\"Tier4InvocationThreshold\").getValue()\n";
        p.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        Launcher.Result r = Launcher.finish(p, 300);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("\"seen\"\n\"12345\"\n");
    }

    @Test
    void aClosedStandardInputIsNoScriptAndEndsThePrompt() throws Exception {
        Launcher.Result script = wb.runWithStdinClosed(dir, "-");
        assertThat(script.status()).isEqualTo(2);
        assertThat(script.err()).isEqualTo("wb: cannot read the script from standard input: it is closed\n");
        Launcher.Result prompt = wb.runWithStdinClosed(dir);
        assertThat(prompt.status()).as(prompt.err()).isZero();
        assertThat(prompt.err()).doesNotContain("error");
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertThat(wb.run(dir, null, "--no-such-option").status()).isEqualTo(2);
        Launcher.Result missing = wb.run(dir, null, "missing.jsh");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("wb: cannot read missing.jsh: no such file");
    }

    @Test
    void scriptArgumentsReachTheScript() throws Exception {
        Files.writeString(dir.resolve("args.jsh"), "#!/usr/bin/env wb\nString.join(\"+\", args)\n");
        Launcher.Result r = wb.run(dir, null, "args.jsh", "a", "--seed", "b c");
        assertThat(r.out()).isEqualTo("\"a+--seed+b c\"\n");
    }

    @Test
    void sigintEndsTheRunWith130AndLeavesNoPartialFile() throws Exception {
        Files.writeString(dir.resolve("loop.jsh"),
                "System.out.println(\"started\");\n"
                + "while (true) plot(x -> Math.sin(x), 0, 10).points(20000).save(\"figs/wave.png\");\n");
        Process p = wb.start(dir, List.of("loop.jsh"));
        // Wait until the loop runs and has written at least once.
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!Files.exists(dir.resolve("figs/wave.png")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(500);
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        Launcher.Result r = Launcher.finish(p, 30);
        assertThat(r.status()).as(r.err()).isEqualTo(130);
        try (Stream<Path> files = Files.list(dir.resolve("figs"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("wave.png");
        }
        assertThat(ImageIO.read(dir.resolve("figs/wave.png").toFile())).isNotNull();
    }

    @Test
    void theReadmesMainCommandRunsTheNotebookAndWritesFiveFigures() throws IOException, InterruptedException {
        Launcher.Result r = wb.run(Launcher.ROOT, null, "--out", dir.resolve("out").toString(),
                "scripts/weight-decay.jsh");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("w_ls = [[3.09364385]]", "mape(w_mse_l2, w_ls_l2) = 0.0");
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly("01-ls.png", "02-mse.png", "03-ls_wd.png", "04-mse_wd.png", "05-contour.png");
        }
    }
}
