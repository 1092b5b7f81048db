package wb.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTest {

    @Test
    void aFunctionIsSampledAtAHundredPointsIncludingTheEnds() {
        Figure f = new Figure().fn(w -> 2 * w, -10, 10);
        SeriesSpec s = f.series().get(0);
        assertThat(s.x).hasSize(100).startsWith(-10.0).endsWith(10.0);
        assertThat(s.y[99]).isEqualTo(20.0);
        f.points(11);
        assertThat(f.series().get(0).x).containsExactly(-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10);
    }

    @Test
    void styleCallsApplyToTheLastSeries() {
        Figure f = new Figure().fn(w -> w, 0, 1).label("a").point(0, 0).color("red").marker("x").markerSize(10).label("b");
        assertThat(f.series()).extracting(s -> s.label).containsExactly("a", "b");
        assertThat(f.series().get(1).marker).isEqualTo(Marker.CROSS);
        assertThat(f.series().get(1).markerSize).isEqualTo(10);
        assertThat(f.series().get(0).color).isNull();
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
    void showHandsTheDisplayASnapshot() {
        List<Figure> shown = new ArrayList<>();
        Figure f = new Figure(shown::add).name("ls").fn(w -> w, 0, 1);
        f.show();
        f.label("later");
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0)).isNotSameAs(f);
        assertThat(shown.get(0).name()).isEqualTo("ls");
        assertThat(shown.get(0).series().get(0).label).isNull();
    }

    @Test
    void showWithoutADisplaySaysHowToGetOne() {
        assertThatThrownBy(() -> new Figure().show()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no display").hasMessageContaining("save(path)");
    }

    @Test
    void theLegendAppearsWithTheFirstLabelUnlessHidden() {
        assertThat(new Figure().fn(w -> w, 0, 1).legendShown()).isFalse();
        assertThat(new Figure().fn(w -> w, 0, 1).label("a").legendShown()).isTrue();
        assertThat(new Figure().fn(w -> w, 0, 1).label("a").legend(false).legendShown()).isFalse();
    }

    @Test
    void theBestLegendPlaceAvoidsTheData() {
        // data in the upper right: the legend goes elsewhere
        Figure f = new Figure().line(new double[] {0.6, 1}, new double[] {0.9, 1}).label("data").xlim(0, 1).ylim(0, 1)
                .scatter(new double[] {0.95, 0.9, 0.85}, new double[] {0.95, 0.9, 0.85});
        java.awt.image.BufferedImage img = f.image();
        Layout l = Layout.of(f, Scene.of(f), 640, 480);
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
        byte[] png = FigureFiles.bytes(new Figure().fn(x -> x, -8e307, 8e307), FigureFiles.Format.PNG);
        assertThat(png.length).isGreaterThan(0);
    }
}
