package wb.numeric.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FmtTest {
    private static final double[] VALUES = {0.000123456, 1.2345e-5, 99999.5, 9.9995, 1e5, 123456, 0.1, 1.0 / 3, -2.5e-7,
            1e-300, 6.02e23, 0.00010000, 150.0, 2.675, 0.125, 0.135};

    /** Python 3: [('%.' + str(d) + 'g') % v for v in VALUES], d = 2, 4, 6. */
    @Test
    void isPythonsPercentG() {
        String[][] expected = {
                {"0.00012", "1.2e-05", "1e+05", "10", "1e+05", "1.2e+05", "0.1", "0.33", "-2.5e-07", "1e-300", "6e+23",
                        "0.0001", "1.5e+02", "2.7", "0.12", "0.14"},
                {"0.0001235", "1.234e-05", "1e+05", "9.999", "1e+05", "1.235e+05", "0.1", "0.3333", "-2.5e-07", "1e-300",
                        "6.02e+23", "0.0001", "150", "2.675", "0.125", "0.135"},
                {"0.000123456", "1.2345e-05", "99999.5", "9.9995", "100000", "123456", "0.1", "0.333333", "-2.5e-07",
                        "1e-300", "6.02e+23", "0.0001", "150", "2.675", "0.125", "0.135"}};
        int[] digits = {2, 4, 6};
        for (int d = 0; d < 3; d++) {
            for (int i = 0; i < VALUES.length; i++) {
                assertThat(Fmt.g(VALUES[i], digits[d])).as("%%.%dg of %s", digits[d], VALUES[i]).isEqualTo(expected[d][i]);
            }
        }
        assertThat(Fmt.g(0.0, 4)).isEqualTo("0");
        assertThat(Fmt.g(Double.NaN, 4)).isEqualTo("nan");
        assertThat(Fmt.g(Double.NEGATIVE_INFINITY, 4)).isEqualTo("-inf");
    }

    @Test
    void aLongTableKeepsItsEndsAndTheMarkedRow() {
        List<String[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(new String[] {Integer.toString(i), i == 9 ? "best" : ""});
        }
        String t = Fmt.table(new String[] {"i", ""}, rows, 4, 9, "");
        assertThat(t).isEqualTo(String.join("\n", "  i", "  0", "  1", "...", "  9  best", "...", " 18", " 19"));
    }
}
