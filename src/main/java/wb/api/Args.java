package wb.api;

import java.nio.file.Path;
import org.ojalgo.structure.Access1D;
import org.ojalgo.structure.Access2D;
import wb.numeric.Dataset;
import wb.numeric.Vec;
import wb.numeric.kernel.Checks;

/**
 * The facades' conversions of what a snippet passes: each refuses null with the argument's name
 * and what to pass instead (through {@link Checks#given}), so no helper answers with a bare
 * NullPointerException.
 */
final class Args {
    private Args() {
    }

    /** The data set {@code d}, refusing null. */
    static Dataset data(Dataset d) {
        return Checks.given(d, "d", "dataset(1000, vec(3.14), 1.0) or load(\"file.csv\")");
    }

    /**
     * The entries of the weights {@code w}: a {@link Vec}, an ojAlgo vector, or an N×1 or 1×N
     * ojAlgo matrix; the one conversion every helper taking weights goes through.
     */
    static double[] weights(Access1D<?> w) {
        if (w instanceof Vec v) {
            return v.toArray();
        }
        Checks.given(w, "w", "vec(4.0, 1.5) (numbers, a Vec or an ojAlgo vector)");
        if (w instanceof Access2D<?> m && m.countRows() > 1 && m.countColumns() > 1) {
            throw new IllegalArgumentException("w must be a vector (N×1 or 1×N), but it has shape ("
                    + m.countRows() + ", " + m.countColumns() + ")");
        }
        long count = w.count();
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("w has " + count + " entries, too many for a weight vector");
        }
        double[] out = new double[(int) count];
        for (int i = 0; i < out.length; i++) {
            out[i] = w.doubleValue(i);
        }
        return out;
    }

    /** The weights given as numbers, refusing a null array. */
    static double[] weights(double[] w) {
        return Checks.given(w, "w", "vec(4.0, 1.5) (numbers, a Vec or an ojAlgo vector)");
    }

    /** The λ values of a sweep, refusing null. */
    static double[] lambdas(Vec lambdas) {
        return Checks.given(lambdas, "lambdas", "logspace(-2, 4, 50)").toArray();
    }

    /** {@code path} as a Path, refusing null and empty names. */
    static Path path(String path) {
        if (Checks.given(path, "path", "\"data.csv\"").isEmpty()) {
            throw new IllegalArgumentException("path is empty; pass a file name such as \"data.csv\"");
        }
        return Path.of(path);
    }
}
