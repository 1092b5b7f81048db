package wb.plot.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import wb.plot.Figure;
import wb.plot.render.Contour;
import wb.plot.render.FigureSpec;
import wb.plot.render.Heatmap;
import wb.plot.render.Line;
import wb.plot.render.SurfaceData;

/** A figure seen through a zoomed or panned view: limits, functions sampled again, levels kept. */
class ViewportTest {

    @Test
    void aContourOfAFunctionIsSampledAgainOverTheViewWithItsLevelsKept() {
        FigureSpec home = new Figure().contour((a, b) -> a * a + 3 * b * b, -2, 2, -2, 2).spec();
        double[] homeLevels = levelsDrawn(home);
        FigureSpec zoomed = Viewport.of(home, 0.5, 1.0, -0.25, 0.25);

        SurfaceData g = ((Contour) zoomed.series().get(0)).data();
        assertThat(g.x()).hasSize(100).startsWith(0.5).endsWith(1.0);
        assertThat(g.y()).hasSize(100).startsWith(-0.25).endsWith(0.25);
        assertThat(g.z()[37][61]).isCloseTo(g.x()[61] * g.x()[61] + 3 * g.y()[37] * g.y()[37], within(1e-12));
        assertThat(zoomed.xlim()).containsExactly(0.5, 1.0);
        assertThat(zoomed.ylim()).containsExactly(-0.25, 0.25);
        // the zoomed surface spans only [0.25, 1.19]; its levels are still the home figure's
        assertThat(levelsDrawn(zoomed)).containsExactly(homeLevels);
        // the home figure is untouched
        assertThat(((Contour) home.series().get(0)).data().x()).startsWith(-2.0).endsWith(2.0);
        assertThat(home.xlim()).isNull();
    }

    @Test
    void aHeatmapKeepsItsColourRangeAndACurveIsSampledAgainInsideItsOwnRange() {
        FigureSpec home = new Figure().heatmap((a, b) -> a + b, 0, 1, 0, 1).fn(w -> w * w, -1, 1).spec();
        FigureSpec zoomed = Viewport.of(home, 0.5, 3, 0.25, 0.75);
        Heatmap heat = (Heatmap) zoomed.series().get(0);
        assertThat(heat.vmin()).isEqualTo(0.0);
        assertThat(heat.vmax()).isEqualTo(2.0);
        assertThat(heat.data().x()).startsWith(0.5).endsWith(3.0);
        Line curve = (Line) zoomed.series().get(1);
        // [-1, 1] seen through [0.5, 3]: the curve is sampled over [0.5, 1] at its 100 points
        assertThat(curve.x()).hasSize(100).startsWith(0.5).endsWith(1.0);
        assertThat(curve.y()[99]).isEqualTo(1.0);
    }

    @Test
    void fixedDataStaysAsItIs() {
        double[] x = {0, 1, 2};
        double[] y = {3, 1, 2};
        FigureSpec home = new Figure().line(x, y)
                .contour(new double[] {0, 1}, new double[] {0, 1}, new double[][] {{0, 1}, {1, 2}}).spec();
        FigureSpec zoomed = Viewport.of(home, 0.2, 0.4, 0.2, 0.4);
        assertThat(((Line) zoomed.series().get(0)).x()).containsExactly(x);
        assertThat(((Contour) zoomed.series().get(1)).data().x()).containsExactly(0, 1);
    }

    @Test
    void aFunctionFailingOnTheViewThrowsItsOwnError() {
        FigureSpec home = new Figure().contour((a, b) -> {
            if (a > 3) {
                throw new IllegalArgumentException("a = " + a + " is too large");
            }
            return a + b;
        }, 0, 1, 0, 1).spec();
        assertThatThrownBy(() -> Viewport.of(home, 0, 4, 0, 1)).hasMessageContaining("is too large");
        assertThat(Arrays.stream(((Contour) home.series().get(0)).data().x()).max().getAsDouble()).isEqualTo(1.0);
    }

    /** The values at which the figure's first series, a contour, draws its lines. */
    private static double[] levelsDrawn(FigureSpec f) {
        Contour c = (Contour) f.series().get(0);
        return c.levels().resolve(c.data().min(), c.data().max());
    }
}
