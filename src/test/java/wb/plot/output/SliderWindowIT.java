package wb.plot.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
        Path out = Path.of("target", "it-slider").toAbsolutePath();
        DriverRun run = DriverRun.run(SliderSessionDriver.class, out, 180);
        String log = run.log();

        // show() returns at once: the snippet never waits for the window or its timer
        assertThat(Long.parseLong(run.field("shown", "returnedMs"))).as(log).isLessThan(5000);
        assertThat(run.step("opened")).contains("index=0").contains("frames=1");
        // the window draws exactly the frame it says it shows, and λ grows frame by frame
        for (String[] frame : new String[][] {{"frame0", "0", "λ_=_1"}, {"frame1", "1", "λ_=_10"}, {"frame3", "3", "λ_=_1e+03"}}) {
            assertThat(run.field(frame[0], "index")).as(log).isEqualTo(frame[1]);
            assertThat(Long.parseLong(run.field(frame[0], "differ"))).as(frame[0] + ": pixels unlike the rendered frame\n" + log)
                    .isZero();
            assertThat(run.field(frame[0], "title")).endsWith(frame[2]);
        }
        assertThat(run.field("arrows", "index")).isEqualTo("1");
        assertThat(run.field("homeEnd", "index")).isEqualTo("0");
        assertThat(run.field("slider", "index")).isEqualTo("3");
        assertThat(run.step("play")).contains("playing=true").contains("stopped=true");
        assertThat(run.field("play", "movedTo")).isNotEqualTo("3");
        assertThat(run.step("replaced")).contains("same=true").contains("index=2").contains("frames=1");
        assertThat(run.step("closed")).contains("displayable=false").contains("windows=0");
        assertThat(run.step("after")).contains("evaluated=true");
        assertThat(run.step("done")).contains("windows=0");
    }
}
