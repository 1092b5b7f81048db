package wb.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A figure seen through a zoomed or panned view: limits, functions sampled again, levels kept. */
class ViewportTest {

    @Test
    void aContourOfAFunctionIsSampledAgainOverTheViewWithItsLevelsKept() {
        Figure home = new Figure().contour((a, b) -> a * a + 3 * b * b, -2, 2, -2, 2);
        double[] homeLevels = Scene.of(home).levels.stream().mapToDouble(Scene.Level::value).toArray();
        Figure zoomed = Viewport.of(home, 0.5, 1.0, -0.25, 0.25);

        Surface g = zoomed.series().get(0).grid;
        assertThat(g.x()).hasSize(100).startsWith(0.5).endsWith(1.0);
        assertThat(g.y()).hasSize(100).startsWith(-0.25).endsWith(0.25);
        assertThat(g.z()[37][61]).isCloseTo(g.x()[61] * g.x()[61] + 3 * g.y()[37] * g.y()[37], within(1e-12));
        assertThat(zoomed.xlim()).containsExactly(0.5, 1.0);
        assertThat(zoomed.ylim()).containsExactly(-0.25, 0.25);
        // the zoomed surface spans only [0.25, 1.19]; its levels are still the home figure's
        double[] zoomedLevels = Scene.of(zoomed).levels.stream().mapToDouble(Scene.Level::value).toArray();
        assertThat(zoomedLevels).containsExactly(homeLevels);
        // the home figure is untouched
        assertThat(home.series().get(0).grid.x()).startsWith(-2.0).endsWith(2.0);
        assertThat(home.xlim()).isNull();
    }

    @Test
    void aHeatmapKeepsItsColourRangeAndACurveIsSampledAgainInsideItsOwnRange() {
        Figure home = new Figure().heatmap((a, b) -> a + b, 0, 1, 0, 1).fn(w -> w * w, -1, 1);
        Figure zoomed = Viewport.of(home, 0.5, 3, 0.25, 0.75);
        SeriesSpec heat = zoomed.series().get(0);
        assertThat(heat.vmin).isEqualTo(0.0);
        assertThat(heat.vmax).isEqualTo(2.0);
        assertThat(heat.grid.x()).startsWith(0.5).endsWith(3.0);
        SeriesSpec curve = zoomed.series().get(1);
        // [-1, 1] seen through [0.5, 3]: the curve is sampled over [0.5, 1] at its 100 points
        assertThat(curve.x).hasSize(100).startsWith(0.5).endsWith(1.0);
        assertThat(curve.y[99]).isEqualTo(1.0);
    }

    @Test
    void fixedDataStaysAsItIs() {
        double[] x = {0, 1, 2};
        double[] y = {3, 1, 2};
        Figure home = new Figure().line(x, y).contour(new double[] {0, 1}, new double[] {0, 1}, new double[][] {{0, 1}, {1, 2}});
        Figure zoomed = Viewport.of(home, 0.2, 0.4, 0.2, 0.4);
        assertThat(zoomed.series().get(0).x).containsExactly(x);
        assertThat(zoomed.series().get(1).grid.x()).containsExactly(0, 1);
    }

    @Test
    void aFunctionFailingOnTheViewThrowsItsOwnError() {
        Figure home = new Figure().contour((a, b) -> {
            if (a > 3) {
                throw new IllegalArgumentException("a = " + a + " is too large");
            }
            return a + b;
        }, 0, 1, 0, 1);
        assertThatThrownBy(() -> Viewport.of(home, 0, 4, 0, 1)).hasMessageContaining("is too large");
        assertThat(Arrays.stream(home.series().get(0).grid.x()).max().getAsDouble()).isEqualTo(1.0);
    }
}
