package wb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs Debian's Jupyter tools (python3-jupyter-client, python3-nbformat, jupyter-nbconvert) for
 * the tests, with wb's kernelspec installed under a prefix of the test's own.
 */
final class Jupyter {
    /** The Python that has Debian's Jupyter modules: the system one, not a pyenv shim. */
    static final String PYTHON = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";

    private Jupyter() {
    }

    /** Installs wb's kernelspec under {@code prefix} with the launcher, as a user would. */
    static Map<String, String> installKernel(Launcher wb, Path prefix) throws IOException, InterruptedException {
        Launcher.Result installed = wb.run(prefix.getParent(), null, "kernel", "install", "--prefix",
                prefix.toString());
        if (installed.status() != 0) {
            throw new AssertionError("wb kernel install failed: " + installed.err());
        }
        return env(prefix);
    }

    /** The environment under which Jupyter finds kernelspecs installed under {@code prefix}. */
    static Map<String, String> env(Path prefix) {
        return Map.of("JUPYTER_PATH", prefix.resolve("share/jupyter").toString(),
                "JAVA_HOME", Launcher.javaHome(),
                "PYDEVD_DISABLE_FILE_VALIDATION", "1");
    }

    /** Runs a command in {@code dir} with more environment variables; fails after {@code seconds}. */
    static Launcher.Result run(Path dir, Map<String, String> env, long seconds, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        return Launcher.finish(p, seconds);
    }
}
