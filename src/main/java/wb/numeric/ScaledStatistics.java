package wb.numeric;

import wb.numeric.kernel.RidgeSolver;

/**
 * The sufficient statistics of a data set scaled by powers of two, X' = X·2^-xExponent and
 * y' = y·2^-yExponent, so that XᵀX and Xᵀy neither overflow nor underflow for data near the ends
 * of the double range; both exponents are 0, and the statistics the data set's own, otherwise.
 */
record ScaledStatistics(Statistics stats, int xExponent, int yExponent) {

    /**
     * The ridge solution of the unscaled data, w = (XᵀX + λI)⁻¹Xᵀy, from the scaled statistics:
     * w = 2^(ey − ex)·(X'ᵀX' + λ·2^(−2ex)·I)⁻¹X'ᵀy' (XᵀX = 2^(2ex)·X'ᵀX', Xᵀy = 2^(ex + ey)·X'ᵀy').
     */
    double[] ridge(double lambda) {
        double[] w = RidgeSolver.solve(stats.g(), stats.b(), stats.n(), Math.scalb(lambda, -2 * xExponent));
        for (int j = 0; j < w.length; j++) {
            w[j] = Math.scalb(w[j], yExponent - xExponent);
        }
        return w;
    }
}
