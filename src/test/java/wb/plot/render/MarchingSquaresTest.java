package wb.plot.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarchingSquaresTest {

    private static final double[] AXIS = Levels.linspace(-3, 3, 61);

    private static double[][] sample(java.util.function.DoubleBinaryOperator f) {
        double[][] z = new double[AXIS.length][AXIS.length];
        for (int j = 0; j < AXIS.length; j++) {
            for (int i = 0; i < AXIS.length; i++) {
                z[j][i] = f.applyAsDouble(AXIS[i], AXIS[j]);
            }
        }
        return z;
    }

    @Test
    void aLevelSetOfARadialFunctionIsOneClosedCircle() {
        double[][] z = sample((x, y) -> x * x + y * y);
        List<MarchingSquares.Line> lines = MarchingSquares.contour(AXIS, AXIS, z, 4.0);
        assertThat(lines).hasSize(1);
        MarchingSquares.Line c = lines.get(0);
        assertThat(c.closed()).isTrue();
        for (int i = 0; i < c.size(); i++) {
            // linear interpolation of x^2 + y^2 on a 0.1 grid is within 0.01 of the true radius
            assertThat(Math.hypot(c.x()[i], c.y()[i])).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
        }
        // it goes all the way round: the points cover every direction
        boolean[] octants = new boolean[8];
        for (int i = 0; i < c.size(); i++) {
            octants[(int) Math.floor((Math.atan2(c.y()[i], c.x()[i]) + Math.PI) / (Math.PI / 4)) % 8] = true;
        }
        assertThat(octants).containsOnly(true);
    }

    @Test
    void aLineCrossingTheGridIsOneOpenPolylineFromEdgeToEdge() {
        double[][] z = sample((x, y) -> x + 2 * y);
        List<MarchingSquares.Line> lines = MarchingSquares.contour(AXIS, AXIS, z, 0.5);
        assertThat(lines).hasSize(1);
        MarchingSquares.Line l = lines.get(0);
        assertThat(l.closed()).isFalse();
        for (int i = 0; i < l.size(); i++) {
            assertThat(l.x()[i] + 2 * l.y()[i]).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
        }
        // both ends on the border of the grid
        for (int end : new int[] {0, l.size() - 1}) {
            double x = l.x()[end];
            double y = l.y()[end];
            assertThat(Math.abs(Math.abs(x) - 3) < 1e-12 || Math.abs(Math.abs(y) - 3) < 1e-12).isTrue();
        }
    }

    @Test
    void saddleCellsFollowTheCentreValue() {
        double[] xs = {0, 1};
        double[] ys = {0, 1};
        // corners a=(0,0) high, b low, c=(1,1) high, d low: a saddle
        double[][] highCentre = {{1, 0}, {0.2, 1}};
        double[][] lowCentre = {{1, 0}, {0, 0.9}};
        // centre high (0.55 > 0.5): the high corners connect; each low corner is cut off alone
        List<MarchingSquares.Line> a = MarchingSquares.contour(xs, ys, highCentre, 0.5);
        List<MarchingSquares.Line> b = MarchingSquares.contour(xs, ys, lowCentre, 0.5);
        assertThat(a).hasSize(2);
        assertThat(b).hasSize(2);
        assertThat(cutOffCorners(a)).containsExactlyInAnyOrder("b", "d");
        assertThat(cutOffCorners(b)).containsExactlyInAnyOrder("a", "c");
    }

    /** The corner each two-point segment cuts off: the corner nearest its midpoint. */
    private static List<String> cutOffCorners(List<MarchingSquares.Line> lines) {
        String[] names = {"a", "b", "c", "d"};
        double[][] corners = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
        java.util.List<String> out = new java.util.ArrayList<>();
        for (MarchingSquares.Line l : lines) {
            assertThat(l.size()).isEqualTo(2);
            double mx = (l.x()[0] + l.x()[1]) / 2;
            double my = (l.y()[0] + l.y()[1]) / 2;
            int best = 0;
            for (int k = 1; k < 4; k++) {
                if (Math.hypot(mx - corners[k][0], my - corners[k][1]) < Math.hypot(mx - corners[best][0], my - corners[best][1])) {
                    best = k;
                }
            }
            out.add(names[best]);
        }
        return out;
    }

    @Test
    void nanCellsAreLeftOut() {
        double[][] z = sample((x, y) -> x < 0 ? Double.NaN : x * x + y * y);
        List<MarchingSquares.Line> lines = MarchingSquares.contour(AXIS, AXIS, z, 4.0);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).closed()).isFalse();
        for (double x : lines.get(0).x()) {
            assertThat(x).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void levelsFollowTheNotebookSpreadAndRoundCounts() {
        assertThat(Levels.spread(10, 0.1).resolve(2.0, 92.0)).hasSize(10).startsWith(0.1 * 2.0).endsWith(0.1 * 92.0);
        assertThat(Levels.count(5).resolve(0.3, 9.7)).containsExactly(0, 2, 4, 6, 8, 10);
        assertThat(Levels.explicit(3, 1, 2).resolve(0, 1)).containsExactly(1, 2, 3);
    }
}
