package wb.plot.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Figure windows on a real X server: a JShell session (local execution, as wb runs snippets)
 * shows a figure, re-plots it under the same name, closes the window, and goes on evaluating.
 *
 * <p>Uses DISPLAY if set, else starts its own {@code Xvfb :NN}. Without Xvfb the test fails when
 * CI=true (CI must have it) and is skipped elsewhere.
 */
class WindowDisplayIT {

    @Test
    void aSessionShowsReplotsAndClosesAWindowAndGoesOn() throws Exception {
        Path out = Path.of("target", "it-window").toAbsolutePath();
        DriverRun run = DriverRun.run(WindowSessionDriver.class, out, 120);

        // show() from a snippet returns at once: nothing joins a window's threads
        assertThat(Long.parseLong(run.field("shown", "returnedMs"))).as(run.log()).isLessThan(5000);
        assertThat(run.field("screenshot1", "frames")).isEqualTo("1");
        // re-plotting under the same name updated that window: still one frame, the same one
        assertThat(run.field("screenshot2", "sameWindow")).isEqualTo("true");
        assertThat(run.field("screenshot2", "frames")).isEqualTo("1");
        // the window saved the figure it shows (the red curve) as SVG
        assertThat(Long.parseLong(run.field("saved", "svg"))).isPositive();
        assertThat(Files.readString(out.resolve("saved/fig.svg"))).contains("rgb(255,0,0)");
        assertThat(run.step("closed")).contains("displayable=false").contains("windows=0");
        assertThat(run.step("after")).contains("showing=true").contains("windows=[after]");
        assertThat(run.step("done")).contains("windows=0");

        BufferedImage shot1 = ImageIO.read(out.resolve("shot1.png").toFile());
        BufferedImage shot2 = ImageIO.read(out.resolve("shot2.png").toFile());
        // the window shows the plot: a white page, the tab:blue curve, then the red one in its place
        assertThat(WindowSessionDriver.count(shot1, 0xffffff)).isGreaterThan(shot1.getWidth() * shot1.getHeight() / 2);
        assertThat(WindowSessionDriver.count(shot1, 0x1f77b4)).isGreaterThan(200);
        assertThat(WindowSessionDriver.count(shot2, 0xff0000)).isGreaterThan(200);
        assertThat(WindowSessionDriver.count(shot2, 0x1f77b4)).isLessThan(20);
    }
}
