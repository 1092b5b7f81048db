package wb.numeric.kernel;

/**
 * One direct pass over the rows at a reference point w₀: the residual r = y − Xw₀ gives
 * rss = ‖r‖² and e = Xᵀr, both computed from the data rather than from the Gram statistics, so
 * they carry no cancellation. Chunk boundaries depend only on M and chunk results are added in
 * chunk order, so the result does not depend on the number of threads.
 */
public final class ResidualPass {
    static final String TASK = "residual pass";
    private static final int MIN_CHUNK_ROWS = 4096;
    private static final int MAX_CHUNKS = 64;

    private ResidualPass() {
    }

    public record Result(double rss, double[] e) {
    }

    public static Result run(double[] x, double[] y, int m, int n, double[] w0, Workers workers, ProgressListener progress) {
        int chunks = (int) Math.max(1, Math.min(MAX_CHUNKS, m / MIN_CHUNK_ROWS));
        double[] rss = new double[chunks];
        double[][] e = new double[chunks][n];
        workers.run(TASK, chunks, (c, stop) -> {
            int r0 = (int) ((long) m * c / chunks);
            int r1 = (int) ((long) m * (c + 1) / chunks);
            double s = 0;
            double[] ec = e[c];
            // The row is copied so that the e update reads and writes at the same index, which
            // C2 vectorises (it cannot rule out that ec and x overlap at an offset).
            double[] row = new double[n];
            for (int i = r0; i < r1; i++) {
                if ((i & 8191) == 0 && stop.stopped()) {
                    return;
                }
                System.arraycopy(x, i * n, row, 0, n);
                double pred = 0;
                for (int j = 0; j < n; j++) {
                    pred += row[j] * w0[j];
                }
                double r = y[i] - pred;
                s += r * r;
                for (int j = 0; j < n; j++) {
                    ec[j] += r * row[j];
                }
            }
            rss[c] = s;
        }, progress);
        double total = rss[0];
        double[] et = e[0];
        for (int c = 1; c < chunks; c++) {
            total += rss[c];
            for (int j = 0; j < n; j++) {
                et[j] += e[c][j];
            }
        }
        return new Result(total, et);
    }
}
