package wb.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The animation window on a real X server: a JShell session (local execution, as wb runs
 * snippets) shows an animation, the user steps through it with the arrow keys, Home and End,
 * drags the slider, plays and pauses it, re-shows it, closes the window, and the session goes on.
 * Each shown frame is checked pixel for pixel against the frame rendered on its own.
 *
 * <p>Uses DISPLAY if set, else starts its own Xvfb; without Xvfb it fails when CI=true and is
 * skipped elsewhere.
 */
class SliderWindowIT {

    @Test
    void aSessionStepsThroughAnAnimationWithKeysAndTheSliderAndGoesOn() throws Exception {
        try (Xvfb x = Xvfb.start()) {
            Path out = Path.of("target", "it-slider").toAbsolutePath();
            String cp = Xvfb.classPath();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Djava.awt.headless=false", "-cp", cp,
                    SliderSessionDriver.class.getName(), out.toString(), cp);
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
            boolean ended = p.waitFor(180, TimeUnit.SECONDS);
            if (!ended) {
                p.destroyForcibly();
            }
            reader.join(5000);
            String log;
            synchronized (lines) {
                log = String.join("\n", lines);
            }
            assertThat(ended).as("driver finished within 180 s:\n" + log).isTrue();
            assertThat(p.exitValue()).as("driver exit code:\n" + log).isZero();
            Map<String, String> steps = steps(lines);

            // show() returns at once: the snippet never waits for the window or its timer
            assertThat(Long.parseLong(field(steps.get("shown"), "returnedMs"))).as(log).isLessThan(5000);
            assertThat(steps.get("opened")).contains("index=0").contains("frames=1");
            // the window draws exactly the frame it says it shows, and λ grows frame by frame
            for (String[] frame : new String[][] {{"frame0", "0", "λ_=_1"}, {"frame1", "1", "λ_=_10"}, {"frame3", "3", "λ_=_1e+03"}}) {
                String s = steps.get(frame[0]);
                assertThat(field(s, "index")).as(log).isEqualTo(frame[1]);
                assertThat(Long.parseLong(field(s, "differ"))).as(frame[0] + ": pixels unlike the rendered frame\n" + log)
                        .isZero();
                assertThat(field(s, "title")).endsWith(frame[2]);
            }
            assertThat(field(steps.get("arrows"), "index")).isEqualTo("1");
            assertThat(field(steps.get("homeEnd"), "index")).isEqualTo("0");
            assertThat(field(steps.get("slider"), "index")).isEqualTo("3");
            assertThat(steps.get("play")).contains("playing=true").contains("stopped=true");
            assertThat(field(steps.get("play"), "movedTo")).isNotEqualTo("3");
            assertThat(steps.get("replaced")).contains("same=true").contains("index=2").contains("frames=1");
            assertThat(steps.get("closed")).contains("displayable=false").contains("windows=0");
            assertThat(steps.get("after")).contains("evaluated=true");
            assertThat(steps.get("done")).contains("windows=0");
        }
    }

    private static Map<String, String> steps(List<String> lines) {
        Map<String, String> m = new HashMap<>();
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
}
