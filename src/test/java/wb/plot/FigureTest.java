package wb.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wb.plot.render.FigureFiles;
import wb.plot.render.FigureSpec;
import wb.plot.render.Layout;
import wb.plot.render.Line;
import wb.plot.render.Look;
import wb.plot.render.Marker;
import wb.plot.render.Painter;
import wb.plot.render.Series;

class FigureTest {

    @Test
    void aFunctionIsSampledAtAHundredPointsIncludingTheEnds() {
        Figure f = new Figure().fn(w -> 2 * w, -10, 10);
        Line s = (Line) f.spec().series().get(0);
        assertThat(s.x()).hasSize(100).startsWith(-10.0).endsWith(10.0);
        assertThat(s.y()[99]).isEqualTo(20.0);
        f.points(11);
        assertThat(((Line) f.spec().series().get(0)).x()).containsExactly(-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10);
    }

    @Test
    void styleCallsApplyToTheLastSeries() {
        Figure f = new Figure().fn(w -> w, 0, 1).label("a").point(0, 0).color("red").marker("x").markerSize(10).label("b");
        List<Series> series = f.spec().series();
        assertThat(series).extracting(Series::label).containsExactly("a", "b");
        assertThat(series.get(1).look().get(Look.MARKER)).isEqualTo(Marker.CROSS);
        assertThat(series.get(1).look().get(Look.MARKER_SIZE)).isEqualTo(10);
        assertThat(series.get(0).color()).isNull();
        assertThat(f.toString()).isEqualTo("Figure[figure: line 'a', scatter 'b']");
    }

    @Test
    void misplacedOptionsSayWhatTheyApplyTo() {
        assertThatThrownBy(() -> new Figure().color("red")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no series yet");
        assertThatThrownBy(() -> new Figure().fn(w -> w, 0, 1).label("LS").cmap("inferno"))
                .hasMessage("cmap: applies to a contour or heatmap series, but the last series is a line 'LS'");
        assertThatThrownBy(() -> new Figure().fn(w -> w, 0, 1).levels(5)).hasMessageContaining("contour");
        assertThatThrownBy(() -> new Figure().point(1, 2).points(5)).hasMessageContaining("not made from a function");
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> new Figure().fn(w -> w, 1, 1)).hasMessageContaining("x range");
        assertThatThrownBy(() -> new Figure().line(new double[2], new double[3])).hasMessageContaining("same length, got 2 and 3");
        assertThatThrownBy(() -> new Figure().xlim(2, 1)).hasMessageContaining("xlim");
        assertThatThrownBy(() -> new Figure().name("a b")).hasMessageContaining("name");
        assertThatThrownBy(() -> new Figure().point(0, 0).marker("?")).hasMessageContaining("\"o\"");
        assertThatThrownBy(() -> new Figure().fn(w -> w, 0, 1).lineStyle("~")).hasMessageContaining("\"--\"");
        assertThatThrownBy(() -> new Figure().legend("top")).hasMessageContaining("upper right");
        assertThatThrownBy(() -> new Figure().contour((a, b) -> a, 0, 1, 0, 1).spread(10, 0)).hasMessageContaining("0.1");
    }

    @Test
    void whatADisplayTakesOnShowStaysAsItWasShown() {
        List<FigureSpec> shown = new ArrayList<>();
        Figure f = new Figure(figure -> shown.add(figure.spec())).name("ls").fn(w -> w, 0, 1);
        f.show();
        f.label("later").name("other").title("t");
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).name()).isEqualTo("ls");
        assertThat(shown.get(0).title()).isNull();
        assertThat(shown.get(0).series().get(0).label()).isNull();
        assertThat(f.spec().series().get(0).label()).isEqualTo("later");
    }

    @Test
    void showWithoutADisplaySaysHowToGetOne() {
        assertThatThrownBy(() -> new Figure().show()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no display").hasMessageContaining("save(path)");
    }

    @Test
    void theLegendAppearsWithTheFirstLabelUnlessHidden() {
        assertThat(new Figure().fn(w -> w, 0, 1).spec().legendShown()).isFalse();
        assertThat(new Figure().fn(w -> w, 0, 1).label("a").spec().legendShown()).isTrue();
        assertThat(new Figure().fn(w -> w, 0, 1).label("a").legend(false).spec().legendShown()).isFalse();
    }

    @Test
    void theBestLegendPlaceAvoidsTheData() {
        // data in the upper right: the legend goes elsewhere
        Figure f = new Figure().line(new double[] {0.6, 1}, new double[] {0.9, 1}).label("data").xlim(0, 1).ylim(0, 1)
                .scatter(new double[] {0.95, 0.9, 0.85}, new double[] {0.95, 0.9, 0.85});
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(640, 480, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        Layout l = Painter.paint(g, f.spec(), 640, 480, 0);
        g.dispose();
        // legend text is black: look for it in the upper-left quarter of the box, not in the upper right
        assertThat(dark(img, (int) l.box.x + 5, (int) l.box.y + 5, 100, 40)).isGreaterThan(20);
        assertThat(dark(img, (int) (l.box.x + l.box.width) - 105, (int) l.box.y + 5, 100, 40)).isZero();
    }

    private static int dark(java.awt.image.BufferedImage img, int x0, int y0, int w, int h) {
        int n = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                int rgb = img.getRGB(x, y);
                if ((rgb >> 16 & 0xff) < 80 && (rgb >> 8 & 0xff) < 80 && (rgb & 0xff) < 80) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void aRangeWiderThanTheLargestDoubleIsRefusedInsteadOfDrawingAnEmptyFigure() {
        assertThatThrownBy(() -> new Figure().fn(x -> x, -1e308, 1e308))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x range: [\u22121e308, 1e308] is wider than the largest double (x1 − x0 overflows); a figure"
                        + " can show a range up to about 1.7e308 wide, e.g. [-8e307, 8e307]");
        byte[] png = FigureFiles.bytes(new Figure().fn(x -> x, -8e307, 8e307).spec(), FigureFiles.Format.PNG);
        assertThat(png.length).isGreaterThan(0);
    }
}
