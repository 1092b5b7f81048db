package wb.plot.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wb.plot.Figure;
import wb.plot.Surface;

/**
 * Renders figures headless and checks pixels against positions computed independently from
 * matplotlib's default subplot box: 640 x 480 with left 0.125, right 0.9, bottom 0.11, top 0.88,
 * i.e. x from 80 to 576 and y from 57.6 to 427.2 pixels.
 */
class FigurePixelTest {

    private static final double LEFT = 80;
    private static final double RIGHT = 576;
    private static final double TOP = 57.6;
    private static final double BOTTOM = 427.2;

    private static double px(double x, double lo, double hi) {
        return LEFT + (x - lo) / (hi - lo) * (RIGHT - LEFT);
    }

    private static double py(double y, double lo, double hi) {
        return BOTTOM - (y - lo) / (hi - lo) * (BOTTOM - TOP);
    }

    @Test
    void aMarkerLandsAtItsDataPosition() {
        Figure f = new Figure().point(3, 7).color("red").xlim(0, 10).ylim(0, 10).grid(false);
        BufferedImage img = f.image();
        double[] c = centroid(img, new Color(255, 0, 0), 0, 0, 640, 480, 60);
        assertThat(c[2]).as("red pixels").isGreaterThan(40);
        // pixel (i, j) covers [i, i + 1): its centre is i + 0.5
        assertThat(c[0]).isCloseTo(px(3, 0, 10), org.assertj.core.data.Offset.offset(0.3));
        assertThat(c[1]).isCloseTo(py(7, 0, 10), org.assertj.core.data.Offset.offset(0.3));
    }

    @Test
    void theContourOfAQuadraticIsTheExpectedEllipse() {
        // x^2/4 + y^2 = 1 has semi-axes 2 (x) and 1 (y); = 1/4 has semi-axes 1 and 1/2
        Figure f = new Figure().contour((x, y) -> x * x / 4 + y * y, -3, 3, -3, 3).points(241).levels(0.25, 1.0)
                .cmap("inferno").grid(false);
        BufferedImage img = f.image();
        Color inner = Colormap.named("inferno").at(0);
        Color outer = Colormap.named("inferno").at(1);
        int row = (int) Math.floor(py(0, -3, 3));
        int col = (int) Math.floor(px(0, -3, 3));
        // along the x axis: outer line at x = -2 and 2, inner at -1 and 1, nothing else
        assertThat(runs(img, row, true, outer)).satisfiesExactly(
                r -> assertThat(r).isCloseTo(px(-2, -3, 3), org.assertj.core.data.Offset.offset(0.75)),
                r -> assertThat(r).isCloseTo(px(2, -3, 3), org.assertj.core.data.Offset.offset(0.75)));
        assertThat(runs(img, row, true, inner)).satisfiesExactly(
                r -> assertThat(r).isCloseTo(px(-1, -3, 3), org.assertj.core.data.Offset.offset(0.75)),
                r -> assertThat(r).isCloseTo(px(1, -3, 3), org.assertj.core.data.Offset.offset(0.75)));
        // along the y axis: outer at y = 1 and -1, inner at 1/2 and -1/2 (image rows run downwards)
        assertThat(runs(img, col, false, outer)).satisfiesExactly(
                r -> assertThat(r).isCloseTo(py(1, -3, 3), org.assertj.core.data.Offset.offset(0.75)),
                r -> assertThat(r).isCloseTo(py(-1, -3, 3), org.assertj.core.data.Offset.offset(0.75)));
        assertThat(runs(img, col, false, inner)).satisfiesExactly(
                r -> assertThat(r).isCloseTo(py(0.5, -3, 3), org.assertj.core.data.Offset.offset(0.75)),
                r -> assertThat(r).isCloseTo(py(-0.5, -3, 3), org.assertj.core.data.Offset.offset(0.75)));
        // inside the inner ellipse and between the two the background is white
        assertThat(new Color(img.getRGB(col, row))).isEqualTo(Color.WHITE);
        assertThat(new Color(img.getRGB((int) px(1.5, -3, 3), row))).isEqualTo(Color.WHITE);
    }

    @Test
    void anEqualAspectMakesACircleRound() {
        Figure f = new Figure().contour((x, y) -> x * x + y * y, -2, 2, -1, 1).levels(0.64).color("black")
                .equalAspect().grid(false);
        BufferedImage img = f.image();
        Layout l = Layout.of(f.spec(), Scene.of(f.spec()), 640, 480);
        // the box shrinks to keep 4 x 2 units square
        assertThat(l.box.width / l.box.height).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(l.x.scale()).isCloseTo(l.y.scale(), org.assertj.core.data.Offset.offset(1e-9));
        int row = (int) Math.floor(l.y.px(0));
        int col = (int) Math.floor(l.x.px(0));
        List<Double> h = runs(img, row, true, Color.BLACK, (int) l.box.x + 2, (int) (l.box.x + l.box.width) - 2);
        List<Double> v = runs(img, col, false, Color.BLACK, (int) l.box.y + 2, (int) (l.box.y + l.box.height) - 2);
        assertThat(h).hasSize(2);
        assertThat(v).hasSize(2);
        // same radius in pixels both ways
        assertThat(h.get(1) - h.get(0)).isCloseTo(v.get(1) - v.get(0), org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void aLogAxisPutsDecadesEvenlyApart() {
        Figure f = new Figure().line(new double[] {1e-2, 1e2}, new double[] {1, 1}).logx().ylim(0, 2).xlim(1e-2, 1e2).grid(false);
        Layout l = Layout.of(f.spec(), Scene.of(f.spec()), 640, 480);
        assertThat(l.x.px(1)).isCloseTo((LEFT + RIGHT) / 2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(l.x.px(10) - l.x.px(1)).isCloseTo((RIGHT - LEFT) / 4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(l.x.ticks.major()).extracting(Ticks.Tick::label)
                .containsExactly("10^{\u22122}", "10^{\u22121}", "10^{0}", "10^{1}", "10^{2}");
    }

    @Test
    void linesTakeTheDefaultColourCycleInOrder() {
        Figure f = new Figure().line(new double[] {0, 1}, new double[] {0.25, 0.25}).line(new double[] {0, 1}, new double[] {0.75, 0.75})
                .xlim(0, 1).ylim(0, 1).grid(false);
        BufferedImage img = f.image();
        int col = (int) px(0.5, 0, 1);
        assertThat(new Color(img.getRGB(col, (int) Math.floor(py(0.25, 0, 1))))).isEqualTo(new Color(0x1f77b4));
        assertThat(new Color(img.getRGB(col, (int) Math.floor(py(0.75, 0, 1))))).isEqualTo(new Color(0xff7f0e));
    }

    @Test
    void aHeatmapFillsItsCellsWithTheColormap() {
        Figure f = new Figure().heatmap(Surface.of(new double[] {0, 1}, new double[] {0, 1}, new double[][] {{0, 1}, {1, 2}}))
                .cmap("Blues").grid(false);
        BufferedImage img = f.image();
        Layout l = Layout.of(f.spec(), Scene.of(f.spec()), 640, 480);
        // cells are centred on the grid points and span half a step beyond: the view is [-0.5, 1.5]
        assertThat(l.x.lo).isEqualTo(-0.5);
        assertThat(l.x.hi).isEqualTo(1.5);
        assertThat(new Color(img.getRGB((int) l.x.px(0), (int) l.y.px(0)))).isEqualTo(Colormap.named("Blues").at(0));
        assertThat(new Color(img.getRGB((int) l.x.px(1), (int) l.y.px(1)))).isEqualTo(Colormap.named("Blues").at(1));
        assertThat(new Color(img.getRGB((int) l.x.px(1), (int) l.y.px(0)))).isEqualTo(Colormap.named("Blues").at(0.5));
    }

    @Test
    void aColourBarShowsTheColormapFromBottomToTop() {
        Figure f = new Figure().heatmap((x, y) -> x, 0, 1, 0, 1).cmap("inferno").colorbar().grid(false);
        BufferedImage img = f.image();
        Layout l = Layout.of(f.spec(), Scene.of(f.spec()), 640, 480);
        assertThat(l.barBox).isNotNull();
        // the plot box made room for the bar and its labels inside the figure
        assertThat(l.barBox.x).isGreaterThan(l.box.x + l.box.width);
        double widest = 0;
        for (RichText t : l.barLabels) {
            widest = Math.max(widest, t.width());
        }
        double tickRoom = l.style.px(Style.TICK_LENGTH + Style.TICK_PAD);
        assertThat(l.barBox.x + l.barBox.width + tickRoom + widest).isLessThanOrEqualTo(640);
        int cx = (int) (l.barBox.x + l.barBox.width / 2);
        Colormap inferno = Colormap.named("inferno");
        for (double frac : new double[] {0.1, 0.5, 0.9}) {
            int y = (int) (l.barBox.y + l.barBox.height * (1 - frac));
            double t = (l.barBox.y + l.barBox.height - (y + 0.5)) / l.barBox.height;
            int k = (int) Math.floor(t * 256);
            // the entry at that height, give or take one where a pixel straddles two entries
            assertThat(new Color(img.getRGB(cx, y))).isIn(inferno.at((k - 0.5) / 256), inferno.at((k + 0.5) / 256),
                    inferno.at((k + 1.5) / 256));
        }
        assertThat(l.barAxis.ticks.major()).extracting(Ticks.Tick::label).contains("0.0", "0.4", "1.0");
    }

    @Test
    void defaultBoxIsMatplotlibsSubplotBox() {
        Figure f = new Figure().fn(w -> w * w, -5, 5).xlabel("w").ylabel("w\u00b2");
        Layout l = Layout.of(f.spec(), Scene.of(f.spec()), 640, 480);
        assertThat(new double[] {l.box.x, l.box.y, l.box.x + l.box.width, l.box.y + l.box.height})
                .containsExactly(new double[] {LEFT, TOP, RIGHT, BOTTOM}, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void wideTickLabelsWidenTheLeftMarginInsteadOfBeingCut() {
        Figure f = new Figure().line(new double[] {0, 1}, new double[] {-123456.789, 123456.789}).ylabel("value");
        Layout l = Layout.of(f.spec(), Scene.of(f.spec()), 640, 480);
        BufferedImage img = f.image();
        assertThat(l.box.x).isGreaterThan(LEFT);
        // the leftmost column of the image stays white: nothing was drawn off the edge
        for (int y = 0; y < 480; y++) {
            assertThat(img.getRGB(0, y) & 0xffffff).isEqualTo(0xffffff);
        }
    }

    /** Centres of the runs of pixels close to {@code c} along a row (or column). */
    static List<Double> runs(BufferedImage img, int index, boolean alongRow, Color c) {
        return alongRow ? runs(img, index, true, c, (int) LEFT + 2, (int) RIGHT - 2)
                : runs(img, index, false, c, (int) TOP + 2, (int) BOTTOM - 2);
    }

    /** As above, between pixel {@code from} (inclusive) and {@code to} (exclusive), inside the frame. */
    static List<Double> runs(BufferedImage img, int index, boolean alongRow, Color c, int from, int to) {
        int n = to;
        List<Double> centres = new ArrayList<>();
        double sum = 0;
        double weight = 0;
        for (int k = from; k <= n; k++) {
            double w = 0;
            if (k < n) {
                int rgb = alongRow ? img.getRGB(k, index) : img.getRGB(index, k);
                w = closeness(rgb, c);
            }
            if (w > 0) {
                sum += (k + 0.5) * w;
                weight += w;
            } else if (weight > 0) {
                if (weight > 0.5) {
                    centres.add(sum / weight);
                }
                sum = 0;
                weight = 0;
            }
        }
        return centres;
    }

    /** How much of colour {@code c} over white a pixel holds, 0..1 (anti-aliasing blends with white). */
    private static double closeness(int rgb, Color c) {
        double best = 0;
        int[] p = {rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff};
        int[] q = {c.getRed(), c.getGreen(), c.getBlue()};
        // estimate alpha from the channel with the largest contrast against white
        int k = 0;
        for (int i = 1; i < 3; i++) {
            if (255 - q[i] > 255 - q[k]) {
                k = i;
            }
        }
        if (q[k] == 255) {
            return 0;
        }
        double a = (255.0 - p[k]) / (255.0 - q[k]);
        if (a < 0.15) {
            return 0;
        }
        // every channel must agree with that blend
        for (int i = 0; i < 3; i++) {
            double expect = 255 - a * (255 - q[i]);
            if (Math.abs(expect - p[i]) > 24) {
                return 0;
            }
        }
        best = Math.min(1, a);
        return best;
    }

    static double[] centroid(BufferedImage img, Color c, int x0, int y0, int w, int h, int tol) {
        double sx = 0;
        double sy = 0;
        double n = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                double a = closeness(img.getRGB(x, y), c);
                if (a > 0) {
                    sx += (x + 0.5) * a;
                    sy += (y + 0.5) * a;
                    n += a;
                }
            }
        }
        return new double[] {sx / n, sy / n, n};
    }
}
