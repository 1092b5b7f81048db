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
 * one named by the system property {@code wb.it.java} (a JDK home), else the one running the tests.
 */
final class Launcher {
    static final Path ROOT = Path.of(System.getProperty("wb.root", ".")).toAbsolutePath();
    static final Path WB = ROOT.resolve("scripts/wb");

    /** What a finished run left: its exit status and its two output streams. */
    record Result(int status, String out, String err) {
    }

    private Launcher() {
    }

    static String javaHome() {
        String home = System.getProperty("wb.it.java", "");
        return home.isBlank() ? System.getProperty("java.home") : home;
    }

    /** Starts {@code scripts/wb ARGS} in {@code dir}; stdin is the given text (null: none). */
    static Process start(Path dir, List<String> args) throws IOException {
        return start(dir, args, java.util.Map.of());
    }

    /** Starts {@code scripts/wb ARGS} in {@code dir} with more environment variables. */
    static Process start(Path dir, List<String> args, java.util.Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>();
        // A process started in the background of a non-interactive shell (as CI may start the
        // build) inherits SIGINT ignored, and the JVM then keeps ignoring it, as it should; perl
        // (essential on Debian) restores the default before exec, so kill -INT reaches wb.
        command.addAll(List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec { $ARGV[0] } @ARGV or die \"exec: $!\""));
        command.add(WB.toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("JAVA_HOME", javaHome());
        pb.environment().remove("DISPLAY");
        pb.environment().putAll(env);
        return pb.start();
    }

    static Result run(Path dir, String stdin, String... args) throws IOException, InterruptedException {
        Process p = start(dir, List.of(args));
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
