package wb.plot.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Exploring a figure window on a real X server with a real mouse and keyboard ({@code
 * java.awt.Robot}): the status line's coordinates agree with the plot frame found in the
 * screenshot, the wheel zooms about the cursor and the function is sampled again over the new
 * view, a left drag pans, a right drag zooms to its box, Home goes back pixel for pixel, a view
 * where the function fails is refused with its reason, and the session goes on. Each view is
 * checked against the screen: the window shows exactly the figure it says it shows.
 *
 * <p>Uses DISPLAY if set, else starts its own Xvfb; without Xvfb it fails when CI=true and is
 * skipped elsewhere.
 */
class FigureNavigationIT {

    @Test
    void aUserZoomsPansBoxZoomsAndResetsAFigureWindowAndReadsTheCoordinates() throws Exception {
        Path out = Path.of("target", "it-zoom").toAbsolutePath();
        DriverRun run = DriverRun.run(ZoomSessionDriver.class, out, 240);
        String log = run.log();

        assertThat(run.field("home", "limits")).as(log).isEqualTo("-2.00000000000,2.00000000000,-2.00000000000,2.00000000000");
        double tolX = d(run, "coords", "tolX");
        double tolY = d(run, "coords", "tolY");
        // the data under the cursor, as the status line says, is where the frame says it is
        for (String s : new String[] {"coords", "coords0"}) {
            assertThat(d(run, s, "x")).as(s + "\n" + log).isCloseTo(d(run, s, "expectX"), within(tolX));
            assertThat(d(run, s, "y")).as(s + "\n" + log).isCloseTo(d(run, s, "expectY"), within(tolY));
        }

        // the wheel zoomed in 1.25² about the cursor: the point under it stayed under it
        assertThat(d(run, "wheel", "widthRatio")).as(log).isCloseTo(1.5625, within(1e-9));
        assertThat(d(run, "wheel", "heightRatio")).as(log).isCloseTo(1.5625, within(1e-9));
        assertThat(d(run, "wheel", "x")).as(log).isCloseTo(d(run, "wheel", "wasX"), within(d(run, "wheel", "tol")));
        assertThat(d(run, "wheel", "y")).as(log).isCloseTo(d(run, "wheel", "wasY"), within(d(run, "wheel", "tol")));
        // the contour's function was sampled again over the view, at its 100 x 100 points
        double[] zoomed = limits(run.field("wheel", "limits"));
        assertThat(d(run, "wheel", "gridX0")).isCloseTo(zoomed[0], within(1e-12));
        assertThat(d(run, "wheel", "gridX1")).isCloseTo(zoomed[1], within(1e-12));
        assertThat(d(run, "wheel", "gridY0")).isCloseTo(zoomed[2], within(1e-12));
        assertThat(d(run, "wheel", "gridY1")).isCloseTo(zoomed[3], within(1e-12));
        assertThat(run.field("wheel", "gridN")).isEqualTo("100");
        assertThat(run.field("wheel", "differ")).as("the screen shows the zoomed figure\n" + log).isEqualTo("0");

        // the drag moved the view under the mouse, at the same zoom
        assertThat(d(run, "pan", "x")).as(log).isCloseTo(d(run, "pan", "wasX"), within(d(run, "pan", "tol")));
        assertThat(d(run, "pan", "y")).as(log).isCloseTo(d(run, "pan", "wasY"), within(d(run, "pan", "tol")));
        assertThat(d(run, "pan", "widthAfter")).isCloseTo(d(run, "pan", "widthBefore"), within(1e-9));
        assertThat(run.field("pan", "differ")).as(log).isEqualTo("0");

        // the right drag zoomed to the data under its box
        double[] boxed = limits(run.field("box", "limits"));
        double[] expected = limits(run.field("box", "expect"));
        for (int i = 0; i < 4; i++) {
            assertThat(boxed[i]).as("box limit " + i + "\n" + log).isCloseTo(expected[i], within(d(run, "box", "tol")));
        }
        assertThat(d(run, "box", "gridX0")).isCloseTo(boxed[0], within(1e-12));
        assertThat(run.field("box", "differ")).as(log).isEqualTo("0");

        // Home: the figure as first shown, pixel for pixel
        assertThat(run.field("home2", "limits")).as(log).isEqualTo(run.field("home", "limits"));
        assertThat(run.field("home2", "sameAsHome")).as(log).isEqualTo("0");

        // a view the function cannot be sampled on is refused, and the status says why
        assertThat(run.field("refused", "limits")).as(log).isEqualTo(run.field("home", "limits"));
        assertThat(run.field("refused", "status")).contains("cannot_show_that_view").contains("is_outside_[-2.2,_2.2]");
        assertThat(run.field("outside", "status")).isEqualTo("empty");
        assertThat(run.step("done")).contains("windows=0");
    }

    private static double d(DriverRun run, String step, String key) {
        return Double.parseDouble(run.field(step, key));
    }

    private static double[] limits(String csv) {
        String[] p = csv.split(",");
        double[] v = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            v[i] = Double.parseDouble(p[i]);
        }
        return v;
    }
}
