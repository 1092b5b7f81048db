package wb.plot.output;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Assumptions;

/**
 * An X display for window tests: DISPLAY if set, else an {@code Xvfb :NN} started here and
 * stopped by {@link #close()}. Without Xvfb the test fails when CI=true (CI must have it) and is
 * skipped elsewhere.
 */
final class Xvfb implements AutoCloseable {
    private final Process process;
    private final String display;

    private Xvfb(Process process, String display) {
        this.process = process;
        this.display = display;
    }

    static Xvfb start() throws Exception {
        String env = System.getenv("DISPLAY");
        if (env != null && !env.isBlank()) {
            return new Xvfb(null, env);
        }
        String bin = which("Xvfb");
        if (bin == null) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("Xvfb is not installed, and CI must run the window tests (apt-get install xvfb)");
            }
            Assumptions.abort("Xvfb is not installed and DISPLAY is unset");
        }
        for (int n = 140; n < 190; n++) {
            if (Files.exists(Path.of("/tmp/.X" + n + "-lock")) || Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                continue;
            }
            Process p = new ProcessBuilder(bin, ":" + n, "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int i = 0; i < 100 && p.isAlive(); i++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                    return new Xvfb(p, ":" + n);
                }
                Thread.sleep(100);
            }
            p.destroyForcibly();
        }
        throw new AssertionError("could not start Xvfb on any display :140..:189");
    }

    /** The DISPLAY value to give a child JVM. */
    String display() {
        return display;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static String which(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    /** The test class path, unpacked from a manifest-only booter jar if the plugin used one. */
    static String classPath() throws IOException {
        String cp = System.getProperty("java.class.path");
        String[] parts = cp.split(File.pathSeparator);
        if (parts.length == 1 && parts[0].endsWith(".jar")) {
            try (JarFile jar = new JarFile(parts[0])) {
                String manifestCp = jar.getManifest() == null ? null
                        : jar.getManifest().getMainAttributes().getValue("Class-Path");
                if (manifestCp != null) {
                    List<String> paths = new ArrayList<>();
                    for (String u : manifestCp.trim().split("\\s+")) {
                        paths.add(Path.of(URI.create(u).isAbsolute() ? URI.create(u)
                                : Path.of(parts[0]).getParent().toUri().resolve(u)).toString());
                    }
                    return String.join(File.pathSeparator, paths);
                }
            }
        }
        return cp;
    }
}
