package wb.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged launcher, {@code scripts/wb}, as a user would, on the JDK under test: the
 * one named by the system property {@code wb.it.java} (a JDK home), else the one running the
 * tests; either through the warm engine (the default), with engines of its own in a directory
 * of its own, or in-process ({@code WB_ENGINE=off}); see {@link Mode}.
 *
 * @param mode    how script runs go
 * @param engines the folder of the engines its runs use
 * @param wb      the copy of {@code scripts/wb} it runs
 */
record Launcher(Mode mode, Path engines, Path wb) {
    static final Path ROOT = Path.of(System.getProperty("wb.root", ".")).toAbsolutePath();
    static final Path WB = ROOT.resolve("scripts/wb");

    /**
     * How the launcher runs scripts: through the engine with the native client where it can be
     * built (falling back to the Java client), through the engine with the Java client alone
     * ({@code WB_CLIENT=java}), or in-process ({@code WB_ENGINE=off}).
     */
    enum Mode { ENGINE, ENGINE_JAVA_CLIENT, IN_PROCESS }

    /** A launcher whose script runs go the given way, with engines (if any) in {@code engines}. */
    static Launcher of(Mode mode, Path engines) {
        return new Launcher(mode, engines, WB);
    }

    /** The same launcher, but another copy of {@code scripts/wb} (with its own target/). */
    Launcher at(Path otherWb) {
        return new Launcher(mode, engines, otherWb);
    }

    /** The variables that choose this launcher's mode, set in a child's environment. */
    void modeEnvironment(java.util.Map<String, String> env) {
        if (mode == Mode.IN_PROCESS) {
            env.put("WB_ENGINE", "off");
        } else if (mode == Mode.ENGINE_JAVA_CLIENT) {
            env.put("WB_CLIENT", "java");
        }
    }

    /** Ends this launcher's engines ({@code wb engine stop}), as a test class's last step. */
    void stopEngines() throws IOException, InterruptedException {
        Result r = run(ROOT, null, "engine", "stop");
        if (r.status() != 0) {
            throw new AssertionError("wb engine stop: " + r.err());
        }
    }

    /** What a finished run left: its exit status and its two output streams. */
    record Result(int status, String out, String err) {
    }

    static String javaHome() {
        String home = System.getProperty("wb.it.java", "");
        return home.isBlank() ? System.getProperty("java.home") : home;
    }

    /** Starts {@code scripts/wb ARGS} in {@code dir}; stdin is the given text (null: none). */
    Process start(Path dir, List<String> args) throws IOException {
        return start(dir, args, java.util.Map.of());
    }

    /** Runs {@code scripts/wb ARGS} in {@code dir} with its standard input closed, to its end. */
    Result runWithStdinClosed(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", "exec 0<&-; exec \"$@\"", "bash", wb.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("JAVA_HOME", javaHome());
        pb.environment().remove("DISPLAY");
        pb.environment().put("WB_ENGINE_DIR", engines.toString());
        modeEnvironment(pb.environment());
        return finish(pb.start(), 120);
    }

    /** Starts {@code scripts/wb ARGS} in {@code dir} with more environment variables. */
    Process start(Path dir, List<String> args, java.util.Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>();
        // A process started in the background of a non-interactive shell (as CI may start the
        // build) inherits SIGINT ignored, and the JVM then keeps ignoring it, as it should; perl
        // (essential on Debian) restores the default before exec, so kill -INT reaches wb.
        command.addAll(List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec { $ARGV[0] } @ARGV or die \"exec: $!\""));
        command.add(wb.toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("JAVA_HOME", javaHome());
        pb.environment().remove("DISPLAY");
        pb.environment().put("WB_ENGINE_DIR", engines.toString());
        modeEnvironment(pb.environment());
        pb.environment().putAll(env);
        return pb.start();
    }

    Result run(Path dir, String stdin, String... args) throws IOException, InterruptedException {
        return runWith(dir, java.util.Map.of(), stdin, args);
    }

    /** Runs {@code scripts/wb ARGS} in {@code dir} with more environment variables, to its end. */
    Result runWith(Path dir, java.util.Map<String, String> env, String stdin, String... args)
            throws IOException, InterruptedException {
        Process p = start(dir, List.of(args), env);
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        return finish(p, 300);
    }

    static Result finish(Process p, long seconds) throws IOException, InterruptedException {
        // Read both streams while waiting, so a chatty process cannot block on a full pipe.
        Path out = Files.createTempFile("wb-it-out", ".txt");
        Path err = Files.createTempFile("wb-it-err", ".txt");
        Thread o = copy(p.getInputStream(), out);
        Thread e = copy(p.getErrorStream(), err);
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("wb did not finish within " + seconds + " s");
        }
        o.join();
        e.join();
        Result result = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    private static Thread copy(java.io.InputStream in, Path to) {
        Thread t = new Thread(() -> {
            try (in) {
                Files.copy(in, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // The process ended; what was read is in the file.
            }
        });
        t.start();
        return t;
    }
}
