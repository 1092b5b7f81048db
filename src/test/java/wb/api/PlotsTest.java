package wb.api;

import static org.assertj.core.api.Assertions.assertThat;
import static wb.api.Plots.contour;
import static wb.api.Plots.figure;
import static wb.api.Plots.heatmap;
import static wb.api.Plots.plot;
import static wb.api.Plots.scatter;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wb.numeric.Grid;
import wb.numeric.Mat;
import wb.numeric.Vec;
import wb.plot.Figure;

class PlotsTest {

    private final List<Figure> shown = new ArrayList<>();
    private final Workbench wb = new Workbench();

    @BeforeEach
    void bind() {
        wb.display(shown::add);
        Workbench.bind(wb);
    }

    @Test
    void figuresAreBoundToTheCurrentDisplay() {
        Figure f = plot(w -> w * w, -10, 10).label("LS").point(0, 0).color("red").label("min");
        assertThat(f.display()).isNotNull();
        f.show();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).toString()).isEqualTo("Figure[figure: line 'LS', scatter 'min']");
    }

    @Test
    void everyEntryPointMakesTheSeriesItNames() {
        assertThat(plot().toString()).isEqualTo("Figure[figure: empty]");
        assertThat(plot(new double[] {1, 2}, new double[] {3, 4}).toString()).isEqualTo("Figure[figure: line]");
        assertThat(plot(new double[] {3, 4}).toString()).isEqualTo("Figure[figure: line]");
        assertThat(scatter(new double[] {1}, new double[] {2}).toString()).isEqualTo("Figure[figure: scatter]");
        assertThat(contour((a, b) -> a * b, 0, 1, 0, 1).toString()).isEqualTo("Figure[figure: contour]");
        assertThat(heatmap((a, b) -> a * b, 0, 1, 0, 1).toString()).isEqualTo("Figure[figure: heatmap]");
        assertThat(figure("ls").name()).isEqualTo("ls");
    }

    @Test
    void withoutADisplayShowSaysSo() {
        wb.display(null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plot().show()).hasMessageContaining("no display");
    }

    @Test
    void vectorsAndNumericGridsPlotDirectly() {
        assertThat(plot(Vec.of(0, 1, 2), Vec.of(0, 1, 4)).toString()).isEqualTo("Figure[figure: line]");
        assertThat(scatter(Vec.of(0, 1), Vec.of(2, 3)).toString()).isEqualTo("Figure[figure: scatter]");
        Grid g = Grid.of(Grid.linspace(-1, 1, 5), Grid.linspace(-2, 2, 9));
        assertThat(contour(g, g.map((a, b) -> a * a + b * b)).toString()).isEqualTo("Figure[figure: contour]");
        assertThatThrownBy(() -> heatmap(g, Mat.of(2, 2, 1, 2, 3, 4))).hasMessageContaining("z must be 9 x 5");
    }

    @Test
    void aSliceContourHoldsTheOtherCoordinatesAtTheLeastSquaresMinimiser() {
        // y = X (1, 2, 3): the minimiser is (1, 2, 3); slice over w1, w3 with w2 held at 2
        Data.dataset(200, Vec.of(1, 2, 3));
        List<Vec> seen = new ArrayList<>();
        Figure f = contour(w -> {
            seen.add(w);
            return Objectives.mse(w);
        }, 0, 2, -1, 3, 0, 6);
        assertThat(seen).hasSize(100 * 100).allSatisfy(w -> assertThat(w.get(1)).isCloseTo(2.0, within(1e-9)));
        assertThat(seen.get(0).get(0)).isEqualTo(-1.0);
        assertThat(seen.get(0).get(2)).isEqualTo(0.0);
        assertThat(seen.get(seen.size() - 1).get(0)).isEqualTo(3.0);
        assertThat(seen.get(seen.size() - 1).get(2)).isEqualTo(6.0);
        assertThat(f.toString()).isEqualTo("Figure[figure: contour]");
        // held at an explicit point instead
        List<Double> held = new ArrayList<>();
        contour(w -> {
            held.add(w.get(0));
            return 0;
        }, Vec.of(7, 0, 0), 1, 2, 0, 1, 0, 1);
        assertThat(held).containsOnly(7.0);
        assertThatThrownBy(() -> contour(w -> 0, Vec.of(1, 2), 0, 2, 0, 1, 0, 1)).hasMessageContaining("0..1");
        assertThatThrownBy(() -> contour(w -> 0, Vec.of(1, 2), 1, 1, 0, 1, 0, 1)).hasMessageContaining("two different");
    }
}
