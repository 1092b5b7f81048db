package wb.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wb.numeric.CrossValidation;
import wb.numeric.Dataset;
import wb.numeric.RegularizationPath;
import wb.numeric.Split;
import wb.numeric.Trajectory;
import wb.numeric.ValidationCurve;
import wb.numeric.Vec;
import wb.plot.Animation;
import wb.plot.Figure;

/** The exploring helpers and figure recipes as snippets call them: on the bound workbench's state. */
class ExploreFacadeTest {

    private final List<Figure> shown = new ArrayList<>();
    private final Workbench wb = new Workbench(0);

    @BeforeEach
    void bind() {
        wb.display(shown::add);
        Workbench.bind(wb);
    }

    @Test
    void helpersUseTheActiveDataSetAndTheSessionsGenerator() {
        Dataset d = Data.correlated(200, Data.vec(4.0, 1.5), 0.8, 1.0);
        assertThat(Data.data()).isSameAs(d);
        RegularizationPath p = Fits.path(Data.logspace(-1, 3, 5));
        assertThat(p.get(2).minus(Fits.ridge(10)).norm()).isLessThan(1e-12);
        assertThat(Fits.shrinkage(100).ridge().minus(Fits.ridge(100)).norm()).isLessThan(1e-12);
        // features and curves become active, as every new data set does
        Dataset curve = Data.dataset(30, x -> StrictMath.sin(3 * x), -1, 1, 0.3);
        assertThat(Data.data()).isSameAs(curve);
        Dataset poly = Data.polynomial(5);
        assertThat(Data.data()).isSameAs(poly);
        assertThat(poly.n()).isEqualTo(6);
        // the same calls on a fresh workbench with the same seed draw the same numbers
        Workbench.bind(new Workbench(0));
        Data.correlated(200, Data.vec(4.0, 1.5), 0.8, 1.0);
        Dataset again = Data.dataset(30, x -> StrictMath.sin(3 * x), -1, 1, 0.3);
        assertThat(again.y()).isEqualTo(curve.y());
    }

    @Test
    void splitBecomesTheActiveSplitThatValidationUses() {
        Data.dataset(40, x -> StrictMath.sin(3 * x), -1, 1, 0.3);
        Data.polynomial(9);
        assertThatThrownBy(() -> Fits.validation(Data.logspace(-6, 2, 9)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("there is no train/test split yet: make one with split(0.5)");
        Split s = Data.split(0.5);
        assertThat(wb.split()).isSameAs(s);
        ValidationCurve v = Fits.validation(Data.logspace(-6, 2, 9));
        ValidationCurve explicit = Fits.validation(s, Data.logspace(-6, 2, 9));
        assertThat(v.testMse()).isEqualTo(explicit.testMse());
        CrossValidation cv = Fits.crossValidate(Data.logspace(-6, 2, 9), 4);
        assertThat(cv.k()).isEqualTo(4);
        assertThatThrownBy(() -> Fits.validation(null, Data.logspace(-6, 2, 9)))
                .hasMessage("s is null; pass one, e.g. split(d, 0.5)");
    }

    @Test
    void gdAndItsLimitsAndTheBridge() {
        Data.correlated(200, Data.vec(4.0, 1.5), 0.8, 1.0);
        double limit = Fits.rateLimit(100);
        Trajectory t = Fits.gd(100, 0.9 * limit, 2000, Data.vec(-6, 6));
        assertThat(t.distance()).isLessThan(1e-9);
        assertThat(t.warning()).isEmpty();
        assertThat(Fits.gd(100, 1.2 * limit, 20).warning()).isPresent();
        Trajectory m = Fits.gdMse(1.0, 0.9 * Fits.rateLimitMse(1.0), 3000);
        assertThat(m.distance()).isLessThan(1e-9);
        assertThat(Fits.rateLimitMse(1.0)).isCloseTo(2 / (2 / 200.0 * (2 / Fits.rateLimit(0)) + 1.0), within(1e-15));
        assertThat(Bridge.decayFactor(1e-4, 1e3)).isCloseTo(0.9, within(1e-15));
        assertThat(Bridge.lambdaFromAlpha(2.5)).isEqualTo(2.5);
        assertThat(Bridge.alphaFromLambda(2.5)).isEqualTo(2.5);
        assertThat(Bridge.lambdaFromWeightDecay(0.01)).isEqualTo(1.0);
        assertThat(Bridge.weightDecayFromLambda(1.0)).isEqualTo(0.01);
        assertThat(Fits.ridge(Bridge.lambdaFromWeightDecay(0.01)).minus(Fits.ridgeMse(0.01)).norm()).isLessThan(1e-13);
        assertThatThrownBy(() -> Fits.gd(1, 1e-3, 5, Data.vec(1, 2, 3)))
                .hasMessage("start has 3 entries but the data set has N = 2 features");
    }

    @Test
    void recipesMakeTheFiguresTheyName() {
        Data.correlated(200, Data.vec(4.0, 1.5), 0.8, 1.0);
        RegularizationPath p = Fits.path(Data.logspace(-2, 4, 20));
        Figure path = Plots.plot(p);
        assertThat(path.toString()).isEqualTo("Figure[path: line 'w_1', line 'w_2', line '‖w(λ)‖']".replace("w_1", "$w_{1}$")
                .replace("w_2", "$w_{2}$"));
        assertThat(Plots.plotDof(p).toString()).isEqualTo("Figure[dof: line 'dof(λ)', line 'rank(X) = 2']");
        Figure shrink = Plots.plotShrinkage(100);
        assertThat(shrink.name()).isEqualTo("shrinkage");
        assertThat(shrink.toString()).contains("contour").contains("σ² = 379, f = 0.79").contains("σ² = 40.4, f = 0.29")
                .contains("line 'w(λ), λ from 0 to ∞'").contains("scatter 'min J (λ = 100)'");
        Figure gd = Plots.plotGd(100, 0.5 * Fits.rateLimit(100), 30, Data.vec(-6, 6));
        assertThat(gd.toString()).contains("line 'gd, λ = 0: 30 steps'").contains("line 'gd, λ = 100: 30 steps'")
                .contains("scatter 'min LS'").contains("scatter 'min J (λ = 100)'");
        Figure step = Plots.plotDecayStep(100, 1e-3, Data.vec(-4, 5));
        assertThat(step.title()).isEqualTo("one step: w ← (1 − rate·λ)·w − rate·∇LS(w)");
        for (Figure f : List.of(path, shrink, gd, step)) {
            assertThat(f.image().getWidth()).isEqualTo(640);
        }
        // N ≠ 2: the plane figures say why they cannot be drawn; gd falls back to J against the step
        Data.dataset(100, 3);
        assertThatThrownBy(() -> Plots.plotShrinkage(1))
                .hasMessageStartingWith("plotShrinkage draws the (w₁, w₂) plane and needs a data set with N = 2, but it has N = 3");
        assertThat(Plots.plot(Fits.gd(1, 1e-3, 10)).toString()).isEqualTo("Figure[gd: line 'λ = 1']");
        Animation steps = Plots.animateGd(Fits.gd(1, 1e-3, 10));
        assertThat(steps.size()).isEqualTo(11);
        java.awt.image.BufferedImage early = steps.frame(3).image();
        java.awt.image.BufferedImage late = steps.frame(10).image();
        int differ = 0;
        for (int y = 0; y < early.getHeight(); y++) {
            for (int x = 0; x < early.getWidth(); x++) {
                differ += early.getRGB(x, y) != late.getRGB(x, y) ? 1 : 0;
            }
        }
        assertThat(differ).as("frame 10 draws more steps than frame 3").isGreaterThan(50);
    }

    @Test
    void validationAndCrossValidationFigures() {
        Data.dataset(40, x -> StrictMath.sin(3 * x), -1, 1, 0.3);
        Data.polynomial(9);
        Data.split(0.5);
        ValidationCurve v = Fits.validation(Data.logspace(-8, 2, 21));
        Figure fv = Plots.plot(v);
        assertThat(fv.toString()).startsWith("Figure[validation: line 'train MSE', line 'test MSE', line 'λ = 0 (least squares)")
                .contains("scatter 'best λ = ");
        Figure fc = Plots.plot(Fits.crossValidate(Data.logspace(-8, 2, 21), 5));
        assertThat(fc.toString()).contains("line 'each fold's held-out MSE'").contains("line 'CV(λ), mean over 5 folds'")
                .contains("scatter 'picked λ = ");
        fv.show();
        assertThat(shown).hasSize(1);
    }

    @Test
    void animationsHaveAFrameAndCaptionPerValue() {
        Data.correlated(200, Data.vec(4.0, 1.5), 0.8, 1.0);
        Animation a = Plots.animateShrinkage(Data.logspace(0, 3, 4));
        assertThat(a.size()).isEqualTo(4);
        assertThat(a.caption(3)).isEqualTo("λ = 1e+03");
        assertThat(a.frame(1).title()).isEqualTo("shrinkage by direction, λ = 10");
        assertThat(a.name()).isEqualTo("shrinkage");
        a.show();
        assertThat(shown).hasSize(1); // a plain display shows the selected frame
        double rate = 0.5 * Fits.rateLimit(100);
        Animation g = Plots.animateGd(Fits.gd(0, rate, 100, Data.vec(-6, 6)), Fits.gd(100, rate, 100, Data.vec(-6, 6)));
        assertThat(g.size()).isEqualTo(60);
        assertThat(g.caption(0)).isEqualTo("step 0");
        assertThat(g.caption(59)).isEqualTo("step 100");
        Animation custom = Plots.animate("λ", Vec.of(1, 2), lam -> Plots.plot(w -> lam * w, 0, 1));
        assertThat(custom.caption(1)).isEqualTo("λ = 2");
        assertThatThrownBy(() -> Plots.animate("λ", Vec.of(), lam -> Plots.plot()))
                .hasMessage("animate: pass at least one value, e.g. logspace(-1, 4, 40)");
    }
}
