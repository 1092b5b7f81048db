package wb.api;

import static org.assertj.core.api.Assertions.assertThat;
import static wb.api.Plots.contour;
import static wb.api.Plots.figure;
import static wb.api.Plots.heatmap;
import static wb.api.Plots.plot;
import static wb.api.Plots.scatter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wb.plot.Figure;

class PlotsTest {

    private final List<Figure> shown = new ArrayList<>();
    private FigureContext previous;

    @BeforeEach
    void bind() {
        previous = FigureContext.bind(new FigureContext(shown::add, Path.of("target/out")));
    }

    @AfterEach
    void unbind() {
        FigureContext.bind(previous);
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
    void withoutABoundDisplayShowSaysSo() {
        FigureContext.bind(new FigureContext(null, Path.of("out")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plot().show()).hasMessageContaining("no display");
    }
}
