package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The packaged {@code wb} started in a real pseudo-terminal (a {@link Tmux} of its own), for the
 * end-to-end tests of the prompt.
 *
 * <p>System properties: {@code wb.jar} (the packaged jar, set by the build), {@code wb.it.java}
 * (the {@code java} to run it with, a JDK home or its {@code bin/java}; default the JVM running
 * the tests). When {@code CI=true}, a missing tmux fails the test instead of skipping it.
 *
 * @param javaFeature the JDK's feature version (17, 25)
 */
record WbInTmux(Path jar, Path java, int javaFeature) {

    /** Finds tmux, the jar and the JDK, or skips the calling test (fails it on CI) without tmux. */
    static WbInTmux find() throws IOException, InterruptedException {
        if (!Tmux.available()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("tmux is needed for the pseudo-terminal test and CI=true; install it (.ci/run does)");
            }
            Assumptions.abort("tmux is not installed; the pseudo-terminal test needs it");
        }
        Path jar = Path.of(System.getProperty("wb.jar", "target/wb.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged jar (run mvn verify)").exists();
        String given = System.getProperty("wb.it.java", "");
        Path candidate = given.isBlank() ? Path.of(System.getProperty("java.home"), "bin", "java") : Path.of(given);
        Path java = Files.isDirectory(candidate) ? candidate.resolve("bin/java") : candidate;
        return new WbInTmux(jar, java, featureVersion(java));
    }

    /**
     * wb started in {@code dir} in a fresh tmux server, its history under {@code state}, with more
     * environment, JVM options and wb arguments (shell words); the shell reports its exit status.
     */
    Tmux start(Path dir, Path state, String env, String jvmOptions, String args, int columns, int rows)
            throws IOException {
        String nativeAccess = javaFeature >= 22 ? " --enable-native-access=ALL-UNNAMED" : "";
        String command = "cd '" + dir + "' && env WB_STATE_HOME='" + state + "' " + env + " '" + java + "'"
                + nativeAccess + " " + jvmOptions + " -jar '" + jar + "' " + args
                + "; echo \"wb exited with status $?\"; sleep 600";
        Path socket = Files.createTempDirectory(Path.of("/tmp"), "wbit").resolve("s");
        return Tmux.start(socket, columns, rows, command);
    }

    private static int featureVersion(Path java) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        Matcher m = Pattern.compile("version \"(\\d+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException(java + " -version did not say its version: " + out);
        }
        return Integer.parseInt(m.group(1));
    }
}
