package wb.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import wb.numeric.kernel.Repr;

/**
 * Expected strings are Python 3's repr(float) and numpy 2.4.6's str(array) for the same values
 * (checked with the pyenv python3).
 */
class ReprTest {
    @Test
    void scalarIsPythonRepr() {
        assertThat(Repr.scalar(499.7997164915196)).isEqualTo("499.7997164915196");
        assertThat(Repr.scalar(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Repr.scalar(1.0)).isEqualTo("1.0");
        assertThat(Repr.scalar(-0.0)).isEqualTo("-0.0");
        assertThat(Repr.scalar(0.0)).isEqualTo("0.0");
        assertThat(Repr.scalar(Double.NaN)).isEqualTo("nan");
        assertThat(Repr.scalar(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(Repr.scalar(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(Repr.scalar(1e-5)).isEqualTo("1e-05");
        assertThat(Repr.scalar(0.0001)).isEqualTo("0.0001");
        assertThat(Repr.scalar(1e16)).isEqualTo("1e+16");
        assertThat(Repr.scalar(1e15)).isEqualTo("1000000000000000.0");
        assertThat(Repr.scalar(123456789012345678.0)).isEqualTo("1.2345678901234568e+17");
        assertThat(Repr.scalar(2.8583165809549314e-14)).isEqualTo("2.8583165809549314e-14");
        assertThat(Repr.scalar(Double.MIN_VALUE)).isEqualTo("5e-324");
        assertThat(Repr.scalar(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e+308");
        assertThat(Repr.scalar(-2.5)).isEqualTo("-2.5");
        // 2^-1074·k near a power of two: the shortest digits lie on the far side of the nearest.
        assertThat(Repr.scalar(9007199254740992.0)).isEqualTo("9007199254740992.0");
        assertThat(Repr.scalar(5e-324 * 2)).isEqualTo("1e-323");
    }

    @Test
    void scalarRoundTripsAndIsShortest() {
        Random r = new Random(42);
        for (int k = 0; k < 20000; k++) {
            double x = Double.longBitsToDouble(r.nextLong());
            if (!Double.isFinite(x)) {
                continue;
            }
            String s = Repr.scalar(x);
            assertThat(Double.parseDouble(s)).isEqualTo(x);
        }
        for (int k = 0; k < 20000; k++) {
            double x = Math.round(r.nextGaussian() * 1e6) / 1e3;
            String s = Repr.scalar(x);
            assertThat(Double.parseDouble(s)).isEqualTo(x);
            assertThat(s.replace("-", "").replace(".", "").replaceFirst("^0+", "").length())
                    .as(s).isLessThanOrEqualTo(8);
        }
    }

    @Test
    void columnsPrintLikeNumpyStr() {
        assertThat(Vec.of(3.1199051100000002).toString()).isEqualTo("[[3.11990511]]");
        assertThat(Vec.of(1.92472422, 0.79871798).toString()).isEqualTo("[[1.92472422]\n [0.79871798]]");
        assertThat(Vec.of(4.0, 1.5).toString()).isEqualTo("[[4. ]\n [1.5]]");
        assertThat(Vec.of(-0.0).toString()).isEqualTo("[[-0.]]");
        assertThat(Vec.of(1e-5, 1.0).toString()).isEqualTo("[[1.e-05]\n [1.e+00]]");
        assertThat(Vec.of(0.001953125, 1.0).toString()).isEqualTo("[[0.00195312]\n [1.        ]]");
        assertThat(Vec.of(Double.POSITIVE_INFINITY, 1.0).toString()).isEqualTo("[[inf]\n [ 1.]]");
        assertThat(Vec.of(1e16).toString()).isEqualTo("[[1.e+16]]");
        assertThat(Vec.of(123456.7).toString()).isEqualTo("[[123456.7]]");
    }

    @Test
    void matricesAlignAndWrapLikeNumpy() {
        assertThat(Mat.of(2, 3, 1.5, 2, 3, 4, 5, Double.NaN).toString()).isEqualTo("[[1.5 2.  3. ]\n [4.  5.  nan]]");
        double[] row = new double[30];
        for (int i = 0; i < 30; i++) {
            row[i] = i;
        }
        assertThat(Mat.of(1, 30, row).toString()).isEqualTo(
                "[[ 0.  1.  2.  3.  4.  5.  6.  7.  8.  9. 10. 11. 12. 13. 14. 15. 16. 17.\n"
                + "  18. 19. 20. 21. 22. 23. 24. 25. 26. 27. 28. 29.]]");
        assertThat(Mat.of(2, 2, -1.25, 100, 3, 0.5).toString()).isEqualTo("[[ -1.25 100.  ]\n [  3.     0.5 ]]");
        assertThat(Mat.of(1, 2, 1e-7, -2.5).toString()).isEqualTo("[[ 1.0e-07 -2.5e+00]]");
    }

    @Test
    void bigArraysAreSummarisedLikeNumpy() {
        // np.arange(2000.).reshape(2000, 1) and np.arange(3000.).reshape(1000, 3)
        double[] col = new double[2000];
        for (int i = 0; i < col.length; i++) {
            col[i] = i;
        }
        assertThat(Repr.array2d(col, 2000, 1)).isEqualTo(
                "[[0.000e+00]\n [1.000e+00]\n [2.000e+00]\n ...\n [1.997e+03]\n [1.998e+03]\n [1.999e+03]]");
        double[] m = new double[3000];
        for (int i = 0; i < m.length; i++) {
            m[i] = i;
        }
        assertThat(Repr.array2d(m, 1000, 3)).isEqualTo(
                "[[0.000e+00 1.000e+00 2.000e+00]\n [3.000e+00 4.000e+00 5.000e+00]\n [6.000e+00 7.000e+00 8.000e+00]\n"
                + " ...\n [2.991e+03 2.992e+03 2.993e+03]\n [2.994e+03 2.995e+03 2.996e+03]\n"
                + " [2.997e+03 2.998e+03 2.999e+03]]");
        assertThat(Repr.array1d(new double[] {1.95633109, 0.72814808})).isEqualTo("[1.95633109 0.72814808]");
    }

    /** Python's repr and numpy's str for ~2,000 values and 400 arrays (see make_repr_cases.py). */
    @Test
    void agreesWithPythonAndNumpyOnGeneratedCases() throws Exception {
        var in = ReprTest.class.getResourceAsStream("repr-cases.tsv");
        assertThat(in).isNotNull();
        int scalars = 0;
        int arrays = 0;
        try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                if (f[0].equals("S")) {
                    double x = Double.longBitsToDouble(Long.parseUnsignedLong(f[1], 16));
                    assertThat(Repr.scalar(x)).as(f[2]).isEqualTo(f[2]);
                    scalars++;
                } else {
                    int rows = Integer.parseInt(f[1]);
                    int cols = Integer.parseInt(f[2]);
                    String[] b = f[3].split(",");
                    double[] v = new double[b.length];
                    for (int i = 0; i < b.length; i++) {
                        v[i] = Double.longBitsToDouble(Long.parseUnsignedLong(b[i], 16));
                    }
                    assertThat(Repr.array2d(v, rows, cols)).isEqualTo(f[4].replace("\\n", "\n"));
                    arrays++;
                }
            }
        }
        assertThat(scalars).isGreaterThan(2000);
        assertThat(arrays).isEqualTo(400);
    }

    @Test
    void emptyArraysPrintAsNumpysBrackets() {
        assertThat(Repr.array2d(new double[0], 0, 3)).isEqualTo("[]");
        assertThat(Repr.array2d(new double[0], 3, 0)).isEqualTo("[]");
        assertThat(Repr.array1d(new double[0])).isEqualTo("[]");
    }
}
