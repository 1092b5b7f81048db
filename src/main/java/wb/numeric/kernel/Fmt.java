package wb.numeric.kernel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Short numbers and aligned tables for the summaries that result objects print ({@link
 * RegularizationPath}, {@link ValidationCurve}, {@link Trajectory}, ...).
 *
 * <p>{@link #g(double, int)} is C's and Python's {@code "%.{digits}g"}: the value correctly
 * rounded (half to even, from its exact binary value) to that many significant digits, in fixed
 * notation when the decimal exponent is in [-4, digits) and scientific otherwise, trailing zeros
 * dropped. It uses {@link BigDecimal} only, never {@code Double.toString} or
 * {@code String.format}, whose digits changed between JDK 17 and 19, so summaries print the
 * same on every JDK. Few digits also keep a summary stable when a result moves by an ulp.
 */
public final class Fmt {
    private Fmt() {
    }

    /**
     * Python's {@code "%.{digits}g" % x}: x rounded to that many significant digits, trailing
     * zeros dropped, scientific below 1e-4 and from 10^digits.
     * Example: {@code Fmt.g(0.000123456, 3)} is {@code "0.000123"}, {@code Fmt.g(12345, 3)} is {@code "1.23e+04"}.
     *
     * @param digits significant digits, 1..17
     */
    public static String g(double x, int digits) {
        if (digits < 1 || digits > 17) {
            throw new IllegalArgumentException("digits must be in 1..17, but was " + digits);
        }
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return Double.doubleToRawLongBits(x) < 0 ? "-0" : "0";
        }
        BigDecimal r = new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        int exponent = r.precision() - r.scale() - 1;
        if (exponent < -4 || exponent >= digits) {
            BigDecimal mantissa = r.movePointLeft(exponent).stripTrailingZeros();
            String m = mantissa.scale() <= 0 ? mantissa.toBigInteger().toString() : mantissa.toPlainString();
            return m + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        }
        BigDecimal plain = r.stripTrailingZeros();
        return plain.scale() <= 0 ? plain.toBigInteger().toString() : plain.toPlainString();
    }

    /** Entries as {@code [a, b, c]}, each by {@link #g}. */
    public static String list(double[] values, int digits) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(g(values[i], digits));
        }
        return sb.append(']').toString();
    }

    /**
     * A right-aligned text table: a header row, then the rows; with more than {@code maxRows}
     * rows only the first and last {@code maxRows / 2} are shown, plus the row {@code keep} (the
     * best one; −1 for none), with a {@code ...} line for each gap.
     */
    public static String table(String[] header, List<String[]> rows, int maxRows, int keep, String indent) {
        List<String[]> shown = new ArrayList<>();
        shown.add(header);
        boolean cut = rows.size() > maxRows;
        int half = maxRows / 2;
        boolean gap = false;
        for (int i = 0; i < rows.size(); i++) {
            boolean show = !cut || i < half || i >= rows.size() - half || i == keep;
            if (!show) {
                gap = true;
                continue;
            }
            if (gap) {
                String[] dots = new String[header.length];
                for (int c = 0; c < dots.length; c++) {
                    dots[c] = header[c].isEmpty() ? "" : "...";
                }
                shown.add(dots);
                gap = false;
            }
            shown.add(rows.get(i));
        }
        int[] width = new int[header.length];
        for (String[] row : shown) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < shown.size(); r++) {
            String[] row = shown.get(r);
            StringBuilder line = new StringBuilder(indent);
            for (int c = 0; c < row.length; c++) {
                line.append(c == 0 ? "" : "  ").append(" ".repeat(width[c] - row[c].length())).append(row[c]);
            }
            sb.append(r == 0 ? "" : "\n").append(line.toString().stripTrailing());
        }
        return sb.toString();
    }
}
