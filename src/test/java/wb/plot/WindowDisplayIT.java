package wb.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Figure windows on a real X server: a JShell session (local execution, as wb runs snippets)
 * shows a figure, re-plots it under the same name, closes the window, and goes on evaluating.
 *
 * <p>Uses DISPLAY if set, else starts its own {@code Xvfb :NN}. Without Xvfb the test fails when
 * CI=true (CI must have it) and is skipped elsewhere.
 */
class WindowDisplayIT {

    private Process xvfb;

    @AfterEach
    void stopXvfb() throws InterruptedException {
        if (xvfb != null) {
            xvfb.destroy();
            if (!xvfb.waitFor(5, TimeUnit.SECONDS)) {
                xvfb.destroyForcibly();
            }
        }
    }

    @Test
    void aSessionShowsReplotsAndClosesAWindowAndGoesOn() throws Exception {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            display = startXvfb();
        }
        Path out = Path.of("target", "it-window").toAbsolutePath();
        String cp = classPath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Djava.awt.headless=false", "-cp", cp,
                WindowSessionDriver.class.getName(), out.toString(), cp);
        pb.environment().put("DISPLAY", display);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (var r = p.inputReader(StandardCharsets.UTF_8)) {
                for (String l; (l = r.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(l);
                    }
                }
            } catch (IOException e) {
                synchronized (lines) {
                    lines.add("READ " + e);
                }
            }
        });
        reader.start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        reader.join(5000);
        String log;
        synchronized (lines) {
            log = String.join("\n", lines);
        }
        assertThat(ended).as("driver finished within 120 s:\n" + log).isTrue();
        assertThat(p.exitValue()).as("driver exit code:\n" + log).isZero();
        Map<String, String> steps = steps(lines);

        // show() from a snippet returns at once: nothing joins a window's threads
        assertThat(Long.parseLong(field(steps.get("shown"), "returnedMs"))).as(log).isLessThan(5000);
        assertThat(field(steps.get("screenshot1"), "frames")).isEqualTo("1");
        // re-plotting under the same name updated that window: still one frame, the same one
        assertThat(field(steps.get("screenshot2"), "sameWindow")).isEqualTo("true");
        assertThat(field(steps.get("screenshot2"), "frames")).isEqualTo("1");
        // the window saved the figure it shows (the red curve) as SVG
        assertThat(Long.parseLong(field(steps.get("saved"), "svg"))).isPositive();
        assertThat(Files.readString(out.resolve("saved/fig.svg"))).contains("rgb(255,0,0)");
        assertThat(steps.get("closed")).contains("displayable=false").contains("windows=0");
        assertThat(steps.get("after")).contains("showing=true").contains("windows=[after]");
        assertThat(steps.get("done")).contains("windows=0");

        BufferedImage shot1 = ImageIO.read(out.resolve("shot1.png").toFile());
        BufferedImage shot2 = ImageIO.read(out.resolve("shot2.png").toFile());
        // the window shows the plot: a white page, the tab:blue curve, then the red one in its place
        assertThat(WindowSessionDriver.count(shot1, 0xffffff)).isGreaterThan(shot1.getWidth() * shot1.getHeight() / 2);
        assertThat(WindowSessionDriver.count(shot1, 0x1f77b4)).isGreaterThan(200);
        assertThat(WindowSessionDriver.count(shot2, 0xff0000)).isGreaterThan(200);
        assertThat(WindowSessionDriver.count(shot2, 0x1f77b4)).isLessThan(20);
    }

    private static Map<String, String> steps(List<String> lines) {
        Map<String, String> m = new java.util.HashMap<>();
        for (String l : lines) {
            if (l.startsWith("STEP ")) {
                String[] p = l.split(" ", 3);
                m.put(p[1], p.length > 2 ? p[2] : "");
            }
        }
        return m;
    }

    private static String field(String step, String key) {
        assertThat(step).as("step with " + key).isNotNull();
        for (String kv : step.split(" ")) {
            if (kv.startsWith(key + "=")) {
                return kv.substring(key.length() + 1);
            }
        }
        throw new AssertionError("no " + key + " in " + step);
    }

    private String startXvfb() throws Exception {
        String bin = which("Xvfb");
        if (bin == null) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("Xvfb is not installed, and CI must run the window test (apt-get install xvfb)");
            }
            Assumptions.abort("Xvfb is not installed and DISPLAY is unset");
        }
        for (int n = 90; n < 140; n++) {
            if (Files.exists(Path.of("/tmp/.X" + n + "-lock")) || Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                continue;
            }
            xvfb = new ProcessBuilder(bin, ":" + n, "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int i = 0; i < 100 && xvfb.isAlive(); i++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                    return ":" + n;
                }
                Thread.sleep(100);
            }
            xvfb.destroyForcibly();
            xvfb = null;
        }
        throw new AssertionError("could not start Xvfb on any display :90..:139");
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
    private static String classPath() throws IOException {
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
