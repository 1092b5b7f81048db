package wb.plot.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A window test's driver (a main class that runs a JShell session and prints {@code STEP name
 * key=value...} lines) run in a child JVM on an X display, and what it printed.
 *
 * @param steps each step's {@code key=value} text by step name
 * @param log   everything the driver printed, for assertion messages
 */
record DriverRun(Map<String, String> steps, String log) {

    /**
     * Runs the driver on DISPLAY or a fresh Xvfb and checks it ended by itself with status 0.
     *
     * @param out a folder for the driver's files, passed as its first argument
     */
    static DriverRun run(Class<?> driver, Path out, long timeoutSeconds) throws Exception {
        try (Xvfb x = Xvfb.start()) {
            String cp = Xvfb.classPath();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Djava.awt.headless=false", "-cp", cp,
                    driver.getName(), out.toString(), cp);
            pb.environment().put("DISPLAY", x.display());
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
            boolean ended = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!ended) {
                p.destroyForcibly();
            }
            reader.join(5000);
            String log;
            synchronized (lines) {
                log = String.join("\n", lines);
            }
            assertThat(ended).as("driver finished within " + timeoutSeconds + " s:\n" + log).isTrue();
            assertThat(p.exitValue()).as("driver exit code:\n" + log).isZero();
            Map<String, String> steps = new HashMap<>();
            for (String l : lines) {
                if (l.startsWith("STEP ")) {
                    String[] parts = l.split(" ", 3);
                    steps.put(parts[1], parts.length > 2 ? parts[2] : "");
                }
            }
            return new DriverRun(steps, log);
        }
    }

    /** A step's text. */
    String step(String name) {
        return steps.get(name);
    }

    /** The value of {@code key=value} in a step. */
    String field(String step, String key) {
        String text = steps.get(step);
        assertThat(text).as("step " + step + " with " + key + "\n" + log).isNotNull();
        for (String kv : text.split(" ")) {
            if (kv.startsWith(key + "=")) {
                return kv.substring(key.length() + 1);
            }
        }
        throw new AssertionError("no " + key + " in step " + step + ": " + text);
    }
}
