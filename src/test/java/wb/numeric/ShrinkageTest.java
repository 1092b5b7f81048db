package wb.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.ojalgo.matrix.decomposition.SingularValue;
import org.ojalgo.matrix.store.MatrixStore;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.Rng;

class ShrinkageTest {

    @Test
    void factorsAndDirectionsMatchTheSvdOfX() {
        Dataset d = Dataset.synthetic(new Rng(7), 150, 4, 0.0, 0.5, ProgressListener.NONE);
        double lambda = 120;
        Shrinkage s = Shrinkage.of(d, lambda, ProgressListener.NONE);

        SingularValue<Double> svd = RegularizationPathTest.svdOfX(d);
        double[] sv = new double[4];
        svd.getSingularValues(sv); // descending, as Shrinkage orders its directions
        MatrixStore<Double> v = svd.getV();
        for (int i = 0; i < 4; i++) {
            double s2 = sv[i] * sv[i];
            assertThat(s.eigenvalues().get(i)).isCloseTo(s2, within(1e-10 * s2));
            assertThat(s.factors().get(i)).isCloseTo(s2 / (s2 + lambda), within(1e-12));
            // the same direction up to sign: |vᵢ · v_svd,i| = 1
            double dot = 0;
            for (int r = 0; r < 4; r++) {
                dot += s.direction(i).get(r) * v.doubleValue(r, i);
            }
            assertThat(Math.abs(dot)).isCloseTo(1.0, within(1e-9));
        }
        // the shrunk components rebuild the separately solved ridge and least-squares solutions
        Vec ridge = Solvers.ridge(d, lambda, ProgressListener.NONE);
        Vec ls = Solvers.lstsq(d, ProgressListener.NONE);
        assertThat(s.ridge().minus(ridge).norm()).isLessThan(1e-11 * ridge.norm());
        assertThat(s.ls().minus(ls).norm()).isLessThan(1e-10 * ls.norm());
        for (int i = 0; i < 4; i++) {
            Vec vi = s.direction(i);
            assertThat(vi.dot(ridge)).isCloseTo(s.factors().get(i) * vi.dot(ls), within(1e-10 * ls.norm()));
        }
    }

    @Test
    void aHandComputedTwoByTwoCase() {
        // X has rows (1, 0) ×4 and (1, 1), (1, -1): XᵀX = [[6, 0], [0, 2]], so σ² = 6 along e1 and 2 along e2
        Mat x = Mat.of(6, 2, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, -1);
        Vec y = Vec.of(1, 2, 3, 4, 5, 1);   // Xᵀy = (16, 4), w_ls = (16/6, 2)
        Dataset d = Dataset.of(x, y);
        Shrinkage s = Shrinkage.of(d, 2, ProgressListener.NONE);
        assertThat(s.eigenvalues().get(0)).isCloseTo(6, within(1e-12));
        assertThat(s.eigenvalues().get(1)).isCloseTo(2, within(1e-12));
        assertThat(s.factors().get(0)).isCloseTo(0.75, within(1e-15));
        assertThat(s.factors().get(1)).isCloseTo(0.5, within(1e-15));
        assertThat(s.direction(0).get(0)).isCloseTo(1, within(1e-15));
        assertThat(s.direction(1).get(1)).isCloseTo(1, within(1e-15));
        assertThat(s.lsComponents().get(0)).isCloseTo(16.0 / 6, within(1e-14));
        assertThat(s.lsComponents().get(1)).isCloseTo(2, within(1e-14));
        // ridge(2) = (16/8, 4/4) = (2, 1)
        assertThat(s.ridge().get(0)).isCloseTo(2, within(1e-14));
        assertThat(s.ridge().get(1)).isCloseTo(1, within(1e-14));
        assertThat(s.toString()).startsWith("Shrinkage at λ = 2: vᵢᵀw(λ) = fᵢ·vᵢᵀw_ls with fᵢ = σᵢ²/(σᵢ² + λ)\n")
                .contains("0.75").contains("[1, 0]").contains("[0, 1]");
    }

    @Test
    void aDirectionTheDataNeverSeeIsShrunkToNothing() {
        // the third column is zero: σ₃² = 0, factor 0 and component 0 for every λ
        Mat x = Mat.of(4, 3, 1, 2, 0, 2, 1, 0, 0, 1, 0, 1, 1, 0);
        Dataset d = Dataset.of(x, Vec.of(1, 2, 3, 4));
        Shrinkage s = Shrinkage.of(d, 0, ProgressListener.NONE);
        assertThat(s.eigenvalues().get(2)).isCloseTo(0, within(1e-12));
        assertThat(s.factors().get(2)).isZero();
        assertThat(s.factors().get(0)).isEqualTo(1.0);
        assertThat(s.lsComponents().get(2)).isZero();
        Vec ls = Solvers.lstsq(d, ProgressListener.NONE);
        assertThat(s.ls().minus(ls).norm()).isLessThan(1e-12);
    }
}
