package wb.bench;

import wb.numeric.Dataset;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.Rng;

/** The (M, N) shapes of issue 3's benchmark table and how their data sets are made. */
final class Shapes {
    private Shapes() {
    }

    static int m(String shape) {
        return Integer.parseInt(shape.substring(0, shape.indexOf('x')));
    }

    static int n(String shape) {
        return Integer.parseInt(shape.substring(shape.indexOf('x') + 1));
    }

    /** Seed-0 synthetic data with N random weights, bias 1 and noise 0.5. */
    static Dataset dataset(String shape) {
        return Dataset.synthetic(new Rng(0), m(shape), n(shape), 1.0, 0.5, ProgressListener.NONE);
    }
}
