package wb.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static wb.api.Basics.*;
import static wb.api.Bridge.*;
import static wb.api.Data.*;
import static wb.api.Fits.*;
import static wb.api.Objectives.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ojalgo.matrix.MatrixR064;
import wb.numeric.Dataset;
import wb.numeric.Mat;
import wb.numeric.Vec;

/** The facade as a snippet uses it; numbers are numpy's for the same draws (src/bench/python/weight_decay_notebook.py). */
class HelpersTest {
    @BeforeEach
    void freshWorkbench() {
        Workbench.bind(new Workbench());
    }

    @Test
    void theNotebookReadsLikeTheNotebook() {
        Dataset d = dataset(1000, vec(3.14), 1.0);
        assertThat(d.x().get(0, 0)).isEqualTo(1.764052345967664);
        Vec wLs = normal();
        assertThat(wLs.toString()).isEqualTo("[[3.09364385]]");
        assertThat(ls(wLs)).isCloseTo(498.9510365551182, within(1e-10));
        assertThat(mape(mse(wLs.item()), ls(wLs.item()) * 2 / 1000)).isLessThan(1e-12);
        Vec wL2 = ridge(1e3);
        assertThat(wL2.item()).isCloseTo(1.5282585082870965, within(1e-13));
        double lambda2 = lambdaMseFromLs(1e3);
        assertThat(lambda2).isEqualTo(2.0);
        assertThat(mape(ridgeMse(lambda2), wL2)).isLessThan(1e-12);
        assertThat(mape(objectiveMse(lambda2, wLs), objectiveLs(1e3, wLs) * 2 / 1000)).isLessThan(1e-12);

        dataset(1000, vec(4.0, 1.5), 0.0);
        assertThat(X().get(0, 1)).isEqualTo(0.8924738873315303);
        assertThat(ridge(1e3).toString()).isEqualTo("[[1.95633109]\n [0.72814808]]");
        assertThat(mse(4.0, 1.5)).isGreaterThanOrEqualTo(0.0).isLessThan(1e-20);
        Mat z = grid(-7, 7, 100).map((a, b) -> mse(a, b));
        assertThat(z.rows()).isEqualTo(100);
        assertThat(z.get(3, 5)).isCloseTo(mse(linspace(-7, 7, 100).get(5), linspace(-7, 7, 100).get(3)), within(0.0));
    }

    @Test
    void everyWayOfPassingWeightsGivesTheSameLoss() {
        Dataset d = dataset(200, vec(4.0, 1.5), 0.5, 0.1);
        double expected = ls(1.0, 2.0);
        assertThat(ls(vec(1.0, 2.0))).isEqualTo(expected);
        assertThat(ls(new double[] {1.0, 2.0})).isEqualTo(expected);
        assertThat(ls(MatrixR064.FACTORY.column(1.0, 2.0))).isEqualTo(expected);
        assertThat(ls(MatrixR064.FACTORY.row(1.0, 2.0))).isEqualTo(expected);
        assertThat(ls(d, 1.0, 2.0)).isEqualTo(expected);
        assertThat(gradLs(d, vec(1.0, 2.0))).isEqualTo(gradLs(1.0, 2.0));
        assertThat(wd(3.0, vec(1, 2))).isEqualTo(7.5);
        assertThat(wd(3.0, 2.0)).isEqualTo(6.0);
        assertThatThrownBy(() -> ls(MatrixR064.FACTORY.make(2, 2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("w must be a vector (N×1 or 1×N), but it has shape (2, 2)");
    }

    @Test
    void lambdasTypedAsFunctionalInterfacesPickTheScalarOverloads() {
        dataset(100, vec(3.14), 1.0);
        DoubleUnaryOperator f = w -> ls(w);
        DoubleUnaryOperator g = w -> objectiveMse(2.0, w);
        assertThat(f.applyAsDouble(3.0)).isEqualTo(ls(3.0));
        assertThat(g.applyAsDouble(3.0)).isEqualTo(objectiveMse(2.0, 3.0));
        dataset(100, vec(4.0, 1.5));
        DoubleBinaryOperator h = (a, b) -> mse(a, b);
        DoubleBinaryOperator k = (a, b) -> wd(1e3, a, b);
        assertThat(h.applyAsDouble(1, 2)).isEqualTo(mse(1, 2));
        assertThat(k.applyAsDouble(1, 2)).isEqualTo(2500.0);
    }

    @Test
    void helpersBeforeAnyDataSetSaySoAndHowToMakeOne() {
        assertThatThrownBy(() -> ls(3.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("there is no data set yet")
                .hasMessageContaining("dataset(1000, vec(3.14), 1.0)");
        assertThatThrownBy(() -> ridge(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("there is no data set yet");
    }

    @Test
    void wrongLengthWeightsNameTheProblem() {
        dataset(100, vec(4.0, 1.5));
        assertThatThrownBy(() -> ls(3.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("w has 1 entry but the data set has N = 2 features; pass 2 weights");
        assertThatThrownBy(() -> ridge(-1)).hasMessage("lambda must be a finite number >= 0, but was -1.0");
        assertThatThrownBy(() -> mape(vec(1, 2), vec(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pred and true must have the same shape, but pred is (2, 1) and true is (1, 1)");
        assertThatThrownBy(() -> dataset(0, vec(1.0))).hasMessage("M must be >= 1, but was 0");
        assertThatThrownBy(() -> dataset(10, 0)).hasMessage("N must be >= 1, but was 0");
    }

    @Test
    void normalOnSingularDataSuggestsLstsq() {
        dataset(3, 5);
        assertThatThrownBy(Fits::normal).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lstsq()").hasMessageContaining("λ > 0");
        assertThat(ls(lstsq())).isLessThan(1e-20);
    }

    @Test
    void datasetsContinueOneStreamAndUseSwitches() {
        Dataset a = dataset(1000, vec(3.14), 1.0);
        Dataset b = dataset(1000, vec(4.0, 1.5), 0.0);
        assertThat(data()).isSameAs(b);
        use(a);
        assertThat(data()).isSameAs(a);
        Workbench.current().reseed(0);
        Dataset again = dataset(1000, vec(3.14), 1.0);
        assertThat(again.x()).isEqualTo(a.x());
    }

    @Test
    void saveAndLoadRoundTripExactly(@TempDir Path dir) throws Exception {
        Dataset d = dataset(50, vec(4.0, 1.5), 0.25, 0.1);
        Path file = dir.resolve("d.csv");
        save(d, file.toString());
        assertThat(Files.readAllLines(file).get(0)).isEqualTo("x1,x2,y");
        Dataset back = load(file.toString());
        assertThat(back.x()).isEqualTo(d.x());
        assertThat(back.y()).isEqualTo(d.y());
        assertThat(data()).isSameAs(back);
        Dataset byName = load(file.toString(), "x1");
        assertThat(byName.y()).isEqualTo(d.x().column(0));
        assertThat(byName.columns()).containsExactly("x2", "y");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void workbenchKeepsItsSeedAndRejectsBadOnes() {
        Workbench wb = new Workbench(42);
        assertThat(wb.seed()).isEqualTo(42);
        wb.reseed(7);
        assertThat(wb.seed()).isEqualTo(7);
        assertThat(wb.activeIfAny()).isEmpty();
        assertThatThrownBy(() -> new Workbench(-3)).hasMessageContaining("seed must be an integer");
    }

    @Test
    void aFailedDatasetCallChangesNothing() {
        Dataset first = dataset(10, vec(1.0));
        assertThatThrownBy(() -> dataset(10, vec(1.0), 0.0, -1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(data()).isSameAs(first);
        Workbench.current().reseed(0);
        dataset(10, vec(1.0));
        Dataset afterReseed = dataset(10, vec(1.0));
        Workbench.current().reseed(0);
        dataset(10, vec(1.0));
        assertThatThrownBy(() -> dataset(10, vec(Double.NaN))).isInstanceOf(IllegalArgumentException.class);
        // The failed call drew nothing: the next data set continues the stream where it was.
        assertThat(dataset(10, vec(1.0)).x()).isEqualTo(afterReseed.x());
    }

    @Test
    void longWorkReportsToTheWorkbenchsListener() {
        java.util.List<String> tasks = new java.util.concurrent.CopyOnWriteArrayList<>();
        Workbench.current().progress((task, done, total) -> tasks.add(task));
        dataset(300_000, vec(1.0, 2.0, 3.0));
        ls(1.0, 2.0, 3.0);
        assertThat(tasks).contains("generating data set", "Gram matrix XᵀX");
    }
}
