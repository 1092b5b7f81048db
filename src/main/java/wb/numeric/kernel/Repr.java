package wb.numeric.kernel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one place where wb turns doubles into text: Python's {@code repr} for a scalar and numpy's
 * {@code str} for arrays, so that what wb prints reads like the notebook's output.
 *
 * <p>The shortest digits come from {@link ShortestDecimal}'s integer arithmetic, or for the few
 * doubles it declines from {@link BigDecimal} rounding of the exact binary value checked by a
 * {@link Double#parseDouble} round trip; rounded digits (numpy's precision) from BigDecimal.
 * {@link Double#toString} and {@code String.format("%g")} are never used, because their digits
 * changed between JDK 17 and 19. The output is therefore identical on every JDK.
 *
 * <ul>
 *   <li>{@link #scalar(double)}: the shortest string that reads back as the same double, laid out
 *       as Python 3 does ({@code 499.7997164915196}, {@code 1e-05}, {@code 1e+16}, {@code -0.0},
 *       {@code nan}, {@code inf}).</li>
 *   <li>{@link #array2d(double[], int, int)} and {@link #array1d(double[])}: numpy's
 *       {@code str(a)} with the default print options (precision 8, floatmode 'maxprec',
 *       line width 75, threshold 1000, edge items 3): {@code [[3.11990511]]}, aligned columns,
 *       trailing zeros trimmed, scientific notation when the largest magnitude is ≥ 1e8, the
 *       smallest non-zero one is &lt; 1e-4 or their ratio exceeds 1000, and {@code ...} in big
 *       arrays.</li>
 * </ul>
 */
public final class Repr {
    private static final int PRECISION = 8;
    private static final int LINE_WIDTH = 75;
    private static final int THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;
    private static final MathContext[] CONTEXTS = new MathContext[18];

    static {
        for (int p = 1; p < CONTEXTS.length; p++) {
            CONTEXTS[p] = new MathContext(p, RoundingMode.HALF_EVEN);
        }
    }

    private Repr() {
    }

    /**
     * Python's {@code repr(float)}: the shortest decimal that reads back as {@code x}, in fixed
     * notation when its decimal exponent is in [-4, 16) and in scientific notation otherwise.
     * Example: {@code Repr.scalar(0.1 + 0.2)} is {@code "0.30000000000000004"}.
     */
    public static String scalar(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(x) < 0) ? "-" : "";
        if (x == 0.0) {
            return sign + "0.0";
        }
        Digits d = shortest(Math.abs(x));
        StringBuilder sb = new StringBuilder(24).append(sign);
        if (d.point > 16 || d.point < -3) {
            sb.append(d.digits.charAt(0));
            if (d.digits.length() > 1) {
                sb.append('.').append(d.digits, 1, d.digits.length());
            }
            appendExponent(sb, d.point - 1, 2);
        } else {
            appendPositional(sb, d, true);
        }
        return sb.toString();
    }

    /**
     * numpy's {@code str} of an (n,) array, e.g. {@code [1.92472422 0.79871798]}.
     * Example: {@code Repr.array1d(new double[] {1, 2.5})} is {@code "[1.  2.5]"}.
     */
    public static String array1d(double[] values) {
        ArrayView view = new ArrayView(values, 1, values.length, false);
        return view.format();
    }

    /**
     * numpy's {@code str} of a (rows, cols) array stored row-major, e.g.
     * {@code [[1.92472422]\n [0.79871798]]} for a 2×1 column.
     */
    public static String array2d(double[] rowMajor, int rows, int cols) {
        if (rowMajor.length != (long) rows * cols) {
            throw new IllegalArgumentException("rowMajor has " + rowMajor.length + " values but the shape ("
                    + rows + ", " + cols + ") needs " + (long) rows * cols);
        }
        return new ArrayView(rowMajor, rows, cols, true).format();
    }

    /** The shape of an array as numpy prints it, e.g. {@code (1000, 2)}. */
    public static String shape(long rows, long cols) {
        return "(" + rows + ", " + cols + ")";
    }

    // ---- digits ---------------------------------------------------------------------------

    /** Significant digits (no leading or trailing zeros) and the decimal point position:
     *  value = 0.DIGITS × 10^point. */
    record Digits(String digits, int point) {
    }

    /** The shortest round-tripping digits of a positive finite double, the closest among them. */
    static Digits shortest(double x) {
        long[] decimal = new long[2];
        if (ShortestDecimal.of(x, decimal)) {
            String digits = Long.toString(decimal[0]);
            return new Digits(digits, digits.length() + (int) decimal[1]);
        }
        return searchShortest(x);
    }

    /**
     * {@link #shortest} by search: the exact value rounded to p digits for each p that could be
     * the shortest, each candidate checked by reading it back. For what {@link ShortestDecimal}
     * declines (subnormals, powers of two), and the reference it is tested against.
     */
    static Digits searchShortest(double x) {
        BigDecimal exact = new BigDecimal(x);
        // Most computed doubles need 16 or 17 digits, so look there first; round-tripping is
        // monotone in the digit count, so below 16 a binary search finds the shortest.
        BigDecimal at16 = roundTrip(exact, x, 16);
        if (at16 == null) {
            return digitsOf(roundTrip(exact, x, 17));
        }
        BigDecimal best = roundTrip(exact, x, 15);
        if (best == null) {
            return digitsOf(at16);
        }
        int lo = 1;
        int hi = 15;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            BigDecimal c = roundTrip(exact, x, mid);
            if (c != null) {
                best = c;
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return digitsOf(best);
    }

    /** The p-digit decimal closest to x that reads back as x, or null if none does. */
    private static BigDecimal roundTrip(BigDecimal exact, double x, int p) {
        BigDecimal nearest = exact.round(CONTEXTS[p]);
        if (parsesTo(nearest, x)) {
            return nearest;
        }
        // Next to a power of two the interval that reads back as x is lopsided, so a p-digit
        // decimal on the far side can read back although the nearest one does not.
        BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
        BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
        boolean downOk = parsesTo(down, x);
        boolean upOk = parsesTo(up, x);
        if (downOk && upOk) {
            return exact.subtract(down).compareTo(up.subtract(exact)) <= 0 ? down : up;
        }
        return downOk ? down : upOk ? up : null;
    }

    private static boolean parsesTo(BigDecimal candidate, double x) {
        return Double.parseDouble(candidate.toString()) == x;
    }

    private static Digits digitsOf(BigDecimal value) {
        if (value.signum() == 0) {
            return new Digits("0", 1);
        }
        BigDecimal s = value.stripTrailingZeros();
        String digits = s.unscaledValue().abs().toString();
        return new Digits(digits, digits.length() - s.scale());
    }

    /** Digits rounded (half to even, on the exact value) to at most {@code frac} places after the point. */
    private static Digits roundFraction(double x, Digits d, int frac) {
        if (d.digits.length() - d.point <= frac) {
            return d;
        }
        BigDecimal r = new BigDecimal(x).setScale(frac, RoundingMode.HALF_EVEN);
        return digitsOf(r);
    }

    /** Digits rounded (half to even, on the exact value) to at most {@code sig} significant digits. */
    private static Digits roundSignificant(double x, Digits d, int sig) {
        if (d.digits.length() <= sig) {
            return d;
        }
        return digitsOf(new BigDecimal(x).round(CONTEXTS[sig]));
    }

    private static void appendPositional(StringBuilder sb, Digits d, boolean pythonStyle) {
        String digits = d.digits;
        int len = digits.length();
        int point = d.point;
        if (point <= 0) {
            sb.append("0.");
            for (int i = 0; i < -point; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (point < len) {
            sb.append(digits, 0, point).append('.').append(digits, point, len);
        } else {
            sb.append(digits);
            for (int i = len; i < point; i++) {
                sb.append('0');
            }
            sb.append(pythonStyle ? ".0" : ".");
        }
    }

    private static void appendExponent(StringBuilder sb, int exp, int minDigits) {
        sb.append('e').append(exp < 0 ? '-' : '+');
        String e = Integer.toString(Math.abs(exp));
        for (int i = e.length(); i < minDigits; i++) {
            sb.append('0');
        }
        sb.append(e);
    }

    // ---- numpy arrays ---------------------------------------------------------------------

    /** One array being formatted: the values numpy would look at and the element formatter. */
    private static final class ArrayView {
        private final double[] data;
        private final int rows;
        private final int cols;
        private final boolean twoD;
        private final boolean summarise;
        private final ElementFormat format;

        ArrayView(double[] data, int rows, int cols, boolean twoD) {
            this.data = data;
            this.rows = rows;
            this.cols = cols;
            this.twoD = twoD;
            this.summarise = (long) rows * cols > THRESHOLD;
            this.format = new ElementFormat(shownValues());
        }

        private double[] shownValues() {
            int[] r = shownIndices(rows);
            int[] c = shownIndices(cols);
            double[] out = new double[r.length * c.length];
            int k = 0;
            for (int i : r) {
                for (int j : c) {
                    out[k++] = data[i * cols + j];
                }
            }
            return out;
        }

        private int[] shownIndices(int n) {
            if (summarise && n > 2 * EDGE_ITEMS) {
                int[] idx = new int[2 * EDGE_ITEMS];
                for (int i = 0; i < EDGE_ITEMS; i++) {
                    idx[i] = i;
                    idx[EDGE_ITEMS + i] = n - EDGE_ITEMS + i;
                }
                return idx;
            }
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            return idx;
        }

        String format() {
            if (rows == 0 || cols == 0) {
                return "[]"; // numpy's str of any empty array
            }
            if (!twoD) {
                return formatRow(0, " ", LINE_WIDTH);
            }
            // numpy's _formatArray for the outer axis: rows joined by newlines, each indented
            // under the opening bracket.
            String hanging = " ";
            StringBuilder s = new StringBuilder();
            boolean showSummary = summarise && rows > 2 * EDGE_ITEMS;
            int leading = showSummary ? EDGE_ITEMS : 0;
            int trailing = showSummary ? EDGE_ITEMS : rows;
            for (int i = 0; i < leading; i++) {
                s.append(hanging).append(formatRow(i, hanging + " ", LINE_WIDTH - 1)).append('\n');
            }
            if (showSummary) {
                s.append(hanging).append("...").append('\n');
            }
            for (int i = rows - trailing; i < rows; i++) {
                s.append(hanging).append(formatRow(i, hanging + " ", LINE_WIDTH - 1));
                if (i < rows - 1) {
                    s.append('\n');
                }
            }
            return "[" + s.substring(hanging.length()) + "]";
        }

        /** numpy's _formatArray for the last axis: elements separated by a space, wrapped. */
        private String formatRow(int row, String hanging, int width) {
            int elemWidth = width - 1;
            StringBuilder s = new StringBuilder();
            StringBuilder line = new StringBuilder(hanging);
            boolean showSummary = summarise && cols > 2 * EDGE_ITEMS;
            int leading = showSummary ? EDGE_ITEMS : 0;
            int trailing = showSummary ? EDGE_ITEMS : cols;
            for (int j = 0; j < leading; j++) {
                extendLine(s, line, format.format(data[row * cols + j]), elemWidth, hanging);
                line.append(' ');
            }
            if (showSummary) {
                extendLine(s, line, "...", elemWidth, hanging);
                line.append(' ');
            }
            for (int j = cols - trailing; j < cols; j++) {
                extendLine(s, line, format.format(data[row * cols + j]), elemWidth, hanging);
                if (j < cols - 1) {
                    line.append(' ');
                }
            }
            s.append(line);
            return "[" + s.substring(hanging.length()) + "]";
        }

        private static void extendLine(StringBuilder s, StringBuilder line, String word, int width, String prefix) {
            boolean wrap = line.length() + word.length() > width && line.length() > prefix.length();
            if (wrap) {
                int end = line.length();
                while (end > 0 && line.charAt(end - 1) == ' ') {
                    end--;
                }
                s.append(line, 0, end).append('\n');
                line.setLength(0);
                line.append(prefix);
            }
            line.append(word);
        }
    }

    /** numpy's FloatingFormat with precision 8, floatmode 'maxprec', sign '-'. */
    private static final class ElementFormat {
        private boolean exp;
        private int padLeft;
        private int padRight;
        private int precision = PRECISION;
        private int expSize = -1;

        ElementFormat(double[] shown) {
            double max = 0;
            double min = Double.POSITIVE_INFINITY;
            int finite = 0;
            boolean negInf = false;
            for (double v : shown) {
                if (Double.isFinite(v)) {
                    finite++;
                    double a = Math.abs(v);
                    if (a != 0) {
                        max = Math.max(max, a);
                        min = Math.min(min, a);
                    }
                } else if (v == Double.NEGATIVE_INFINITY) {
                    negInf = true;
                }
            }
            if (max > 0 && (max >= 1e8 || min < 0.0001 || max / min > 1000.0)) {
                exp = true;
            }
            if (finite > 0) {
                if (exp) {
                    int maxFrac = 0;
                    for (double v : shown) {
                        if (Double.isFinite(v)) {
                            Digits d = scientificDigits(v, PRECISION);
                            maxFrac = Math.max(maxFrac, d.digits.length() - 1);
                            int e = v == 0 ? 0 : d.point - 1;
                            expSize = Math.max(expSize, Math.max(2, Integer.toString(Math.abs(e)).length()));
                            padLeft = Math.max(padLeft, signBit(v) ? 2 : 1);
                        }
                    }
                    precision = maxFrac;
                    padRight = expSize + 2 + precision;
                } else {
                    for (double v : shown) {
                        if (Double.isFinite(v)) {
                            Digits d = positionalDigits(v);
                            int intLen = Math.max(1, d.point) + (signBit(v) ? 1 : 0);
                            int fracLen = Math.max(0, d.digits.length() - d.point);
                            if (v == 0) {
                                intLen = signBit(v) ? 2 : 1;
                                fracLen = 0;
                            }
                            padLeft = Math.max(padLeft, intLen);
                            padRight = Math.max(padRight, fracLen);
                        }
                    }
                }
            }
            if (finite < shown.length) {
                int offset = padRight + 1;
                padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (negInf ? 1 : 0) - offset));
            }
        }

        private static boolean signBit(double v) {
            return Double.doubleToRawLongBits(v) < 0;
        }

        private static Digits positionalDigits(double v) {
            if (v == 0) {
                return new Digits("0", 1);
            }
            double a = Math.abs(v);
            return roundFraction(a, shortest(a), PRECISION);
        }

        private static Digits scientificDigits(double v, int precision) {
            if (v == 0) {
                return new Digits("0", 1);
            }
            double a = Math.abs(v);
            return roundSignificant(a, shortest(a), precision + 1);
        }

        String format(double v) {
            if (!Double.isFinite(v)) {
                String r = Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
                return " ".repeat(Math.max(0, padLeft + padRight + 1 - r.length())) + r;
            }
            StringBuilder sb = new StringBuilder(padLeft + padRight + 2);
            String sign = signBit(v) ? "-" : "";
            if (exp) {
                Digits d = scientificDigits(v, precision);
                String digits = d.digits;
                String intPart = sign + digits.charAt(0);
                pad(sb, padLeft - intPart.length());
                sb.append(intPart).append('.').append(digits, 1, digits.length());
                for (int i = digits.length() - 1; i < precision; i++) {
                    sb.append('0');
                }
                appendExponent(sb, v == 0 ? 0 : d.point - 1, expSize);
                return sb.toString();
            }
            Digits d = positionalDigits(v);
            StringBuilder body = new StringBuilder(24).append(sign);
            if (v == 0) {
                body.append("0.");
            } else {
                appendPositional(body, d, false);
            }
            int dot = body.indexOf(".");
            pad(sb, padLeft - dot);
            sb.append(body);
            pad(sb, padRight - (body.length() - dot - 1));
            return sb.toString();
        }

        private static void pad(StringBuilder sb, int n) {
            for (int i = 0; i < n; i++) {
                sb.append(' ');
            }
        }
    }
}
