package wb.api;

import wb.numeric.Mat;
import wb.numeric.Vec;
import wb.numeric.kernel.Checks;
import wb.numeric.kernel.Mape;

/**
 * The small helpers every snippet uses, which snippets {@code import static}: {@code str} and
 * {@code print}, which show values as the REPL does, the same on every JDK, and {@code mape},
 * the notebook's check that two results agree.
 */
public final class Basics {
    private static final String EXAMPLE = "mape(ridgeMse(2.0), ridge(1e3))";

    private Basics() {
    }

    /**
     * The text wb shows for a value: numbers as Python's {@code repr}, vectors, matrices and
     * arrays as numpy prints them, the same on every JDK (unlike {@code Double.toString}).
     * Example: {@code str(0.1 + 0.2)} is {@code "0.30000000000000004"}
     */
    public static String str(Object value) {
        return Values.format(value);
    }

    /**
     * Prints {@code label = value} on standard output, the value as {@link #str} writes it, with a
     * matrix's further lines aligned under its first.
     * Example: {@code print("w_ls", normal())} prints {@code w_ls = [[3.09364385]]}
     */
    public static void print(String label, Object value) {
        System.out.println(Values.labelled(label + " = ", str(value)));
    }

    /**
     * The notebook's mean absolute percentage error of two scalars, as a fraction:
     * |t − p|/|t|, or |p| when t = 0.
     * Example: {@code mape(mse(wLs), ls(wLs) * 2 / 1000)}
     */
    public static double mape(double pred, double truth) {
        return Mape.of(pred, truth);
    }

    /**
     * The notebook's mape of two same-length arrays: mean of |t − p|/|t|, using |p| where t = 0.
     * Example: {@code mape(new double[] {1, 2}, new double[] {1, 4})} is {@code 0.25}
     */
    public static double mape(double[] pred, double[] truth) {
        return Mape.of(Checks.given(pred, "pred", EXAMPLE), Checks.given(truth, "true", EXAMPLE));
    }

    /**
     * The notebook's mape of two same-size vectors: mean of |t − p|/|t|, using |p| where t = 0.
     * Example: {@code mape(ridgeMse(2.0), ridge(1e3))}
     */
    public static double mape(Vec pred, Vec truth) {
        if (Checks.given(pred, "pred", EXAMPLE).size() != Checks.given(truth, "true", EXAMPLE).size()) {
            throw new IllegalArgumentException("pred and true must have the same shape, but pred is ("
                    + pred.size() + ", 1) and true is (" + truth.size() + ", 1)");
        }
        return Mape.of(pred.toArray(), truth.toArray());
    }

    /**
     * The notebook's mape of two same-shape matrices: mean over entries of |t − p|/|t|, using |p| where t = 0.
     * Example: {@code mape(ridgePath(lams), ridgePath(lams))} is {@code 0.0}
     */
    public static double mape(Mat pred, Mat truth) {
        if (Checks.given(pred, "pred", EXAMPLE).rows() != Checks.given(truth, "true", EXAMPLE).rows() || pred.cols() != truth.cols()) {
            throw new IllegalArgumentException("pred and true must have the same shape, but pred is " + pred.shape()
                    + " and true is " + truth.shape());
        }
        return Mape.of(pred.toArray(), truth.toArray());
    }
}
