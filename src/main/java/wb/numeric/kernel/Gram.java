package wb.numeric.kernel;

/**
 * The Gram kernel: G = XᵀX, b = Xᵀy and yᵀy for a row-major M×N matrix X, computed by a
 * cache-blocked, symmetric, multi-threaded loop that is deterministic.
 *
 * <p><b>Work split.</b> The rows are cut into K chunks and G's rows into bands; a unit of work is
 * one (chunk, band) pair and writes the band's upper triangle of its chunk's partial sum. K, the
 * chunk boundaries and the bands depend only on (M, N), never on the number of threads, and the
 * partial sums are added in chunk order at the end, so the result is bit-identical on 1 or 16
 * threads. K is kept small enough that the partial sums stay under about 32 MB.
 *
 * <p><b>Inner loop.</b> For four rows xᵢ…xᵢ₊₃ and two rows j, j+1 of G at a time it does
 * {@code g[j][k] += x_ij·x_ik + … + x_(i+3)j·x_(i+3)k} over k ≥ j: an axpy-shaped loop over
 * contiguous memory, which C2 auto-vectorises (it does not vectorise floating-point reductions,
 * since they would change the rounding). Only the upper triangle is computed and then mirrored. The additions for one entry happen in a fixed order (row groups of four in row
 * order, then chunks in chunk order) whatever thread runs them.
 *
 * <p><b>Interruption.</b> Units check for cancellation every 128 rows (tens of milliseconds at
 * most), and the calling thread throws {@link ComputationInterruptedException} when interrupted.
 */
public final class Gram {
    static final String TASK = "Gram matrix XᵀX";
    private static final int PANEL_ROWS = 128;
    private static final long PARTIAL_BUDGET_DOUBLES = 4_000_000L;
    private static final int MAX_CHUNKS = 16;
    private static final int MIN_CHUNK_ROWS = 2048;
    /** About this many multiply-adds per unit: 0.1–0.5 s of work, enough units to balance. */
    private static final long UNIT_MACS = 1_000_000_000L;

    private Gram() {
    }

    /** The Gram statistics of one data set: G = XᵀX (N×N, row-major, symmetric), b = Xᵀy, yᵀy. */
    public record Result(double[] g, double[] b, double yy) {
    }

    /**
     * Computes G = XᵀX, b = Xᵀy and yᵀy.
     *
     * @param x row-major M×N data
     * @param y M targets
     */
    public static Result compute(double[] x, double[] y, int m, int n, Workers workers, ProgressListener progress) {
        Plan plan = new Plan(m, n);
        double[][][] partialG = new double[plan.chunks][][];
        double[][] partialB = new double[plan.chunks][];
        double[] partialYy = new double[plan.chunks];
        for (int c = 0; c < plan.chunks; c++) {
            partialG[c] = new double[n][n];
            partialB[c] = new double[n];
        }
        workers.run(TASK, plan.chunks * plan.bands, (u, stop) -> {
            int c = u / plan.bands;
            int band = u % plan.bands;
            int r0 = plan.chunkStart(c);
            int r1 = plan.chunkStart(c + 1);
            upper(x, n, r0, r1, plan.bandStart(band), plan.bandStart(band + 1), partialG[c], stop);
            if (band == 0 && !stop.stopped()) {
                partialYy[c] = xty(x, y, n, r0, r1, partialB[c]);
            }
        }, progress);
        double[] g = new double[n * n];
        for (int j = 0; j < n; j++) {
            System.arraycopy(partialG[0][j], j, g, j * n + j, n - j);
        }
        double[] b = partialB[0];
        double yy = partialYy[0];
        for (int c = 1; c < plan.chunks; c++) {
            double[][] pg = partialG[c];
            for (int j = 0; j < n; j++) {
                double[] row = pg[j];
                for (int k = j; k < n; k++) {
                    g[j * n + k] += row[k];
                }
            }
            double[] pb = partialB[c];
            for (int j = 0; j < n; j++) {
                b[j] += pb[j];
            }
            yy += partialYy[c];
        }
        for (int j = 0; j < n; j++) {
            for (int k = j + 1; k < n; k++) {
                g[k * n + j] = g[j * n + k];
            }
        }
        return new Result(g, b, yy);
    }

    /** Just G = XᵀX (N×N, row-major, symmetric); what the benchmark compares with other kernels. */
    public static double[] gram(double[] x, int m, int n, Workers workers) {
        if (x.length != (long) m * n) {
            throw new IllegalArgumentException("x has " + x.length + " values but M×N = " + (long) m * n);
        }
        return compute(x, new double[m], m, n, workers, ProgressListener.NONE).g();
    }

    /** How the rows are cut into chunks and G's rows into bands; a function of (M, N) only. */
    static final class Plan {
        final int m;
        final int n;
        final int chunks;
        final int bands;
        private final int[] bandStarts;

        Plan(int m, int n) {
            this.m = m;
            this.n = n;
            long byMemory = Math.max(1, PARTIAL_BUDGET_DOUBLES / ((long) n * n));
            long byRows = Math.max(1, m / MIN_CHUNK_ROWS);
            this.chunks = (int) Math.min(MAX_CHUNKS, Math.min(byMemory, byRows));
            // Bands of G rows holding roughly equal shares of the upper triangle, each small
            // enough (with its chunk) to leave room for load balancing.
            long triangle = (long) n * (n + 1) / 2;
            long rowsPerChunk = Math.max(1, m / chunks);
            int wanted = (int) Math.max(1, Math.min(n, triangle * rowsPerChunk / UNIT_MACS));
            this.bandStarts = new int[wanted + 1];
            int band = 0;
            long acc = 0;
            for (int j = 0; j < n && band < wanted; j++) {
                if (acc >= (triangle * band) / wanted) {
                    bandStarts[band++] = j;
                }
                acc += n - j;
            }
            this.bands = band;
            bandStarts[band] = n;
        }

        int chunkStart(int c) {
            return (int) ((long) m * c / chunks);
        }

        int bandStart(int band) {
            return band == bands ? n : bandStarts[band];
        }
    }

    /**
     * Adds Σᵢ xᵢⱼxᵢₖ over rows [r0, r1) into g[j][k] for j in [j0, j1), k ≥ j.
     *
     * <p>Shaped for C2's auto-vectoriser, as measured on JDK 17 and 25 (docs/performance.md):
     * rows are copied four at a time into scratch arrays allocated here, each G row is its own
     * array, and the k loop runs to n. With the rows as offsets into X's one array it is not
     * vectorised (3-4× slower); with column blocks of 256 (k loop ending at a block bound) JDK 17
     * ran it 2.5× slower. A band of G rows (about 50 rows × N at N = 2000) stays in L2/L3 while
     * the rows stream past, so column blocking is not needed.
     */
    static void upper(double[] x, int n, int r0, int r1, int j0, int j1, double[][] g, Workers.Stop stop) {
        double[] x0s = new double[n];
        double[] x1s = new double[n];
        double[] x2s = new double[n];
        double[] x3s = new double[n];
        int width = n - j0;
        for (int p0 = r0; p0 < r1; p0 += PANEL_ROWS) {
            if (stop.stopped()) {
                return;
            }
            int p1 = Math.min(r1, p0 + PANEL_ROWS);
            int i = p0;
            for (; i + 3 < p1; i += 4) {
                int o = i * n + j0;
                System.arraycopy(x, o, x0s, j0, width);
                System.arraycopy(x, o + n, x1s, j0, width);
                System.arraycopy(x, o + 2 * n, x2s, j0, width);
                System.arraycopy(x, o + 3 * n, x3s, j0, width);
                int j = j0;
                for (; j + 1 < j1; j += 2) {
                    double a0 = x0s[j];
                    double a1 = x1s[j];
                    double a2 = x2s[j];
                    double a3 = x3s[j];
                    double b0 = x0s[j + 1];
                    double b1 = x1s[j + 1];
                    double b2 = x2s[j + 1];
                    double b3 = x3s[j + 1];
                    double[] ga = g[j];
                    double[] gb = g[j + 1];
                    // gb[j] (below the diagonal) is computed too and ignored: a simpler loop.
                    for (int k = j; k < n; k++) {
                        double v0 = x0s[k];
                        double v1 = x1s[k];
                        double v2 = x2s[k];
                        double v3 = x3s[k];
                        ga[k] += a0 * v0 + a1 * v1 + a2 * v2 + a3 * v3;
                        gb[k] += b0 * v0 + b1 * v1 + b2 * v2 + b3 * v3;
                    }
                }
                if (j < j1) {
                    double a0 = x0s[j];
                    double a1 = x1s[j];
                    double a2 = x2s[j];
                    double a3 = x3s[j];
                    double[] ga = g[j];
                    for (int k = j; k < n; k++) {
                        ga[k] += a0 * x0s[k] + a1 * x1s[k] + a2 * x2s[k] + a3 * x3s[k];
                    }
                }
            }
            for (; i < p1; i++) {
                int o = i * n;
                for (int j = j0; j < j1; j++) {
                    double a = x[o + j];
                    double[] gj = g[j];
                    for (int k = j; k < n; k++) {
                        gj[k] += a * x[o + k];
                    }
                }
            }
        }
    }

    /** Adds Σᵢ yᵢxᵢ over rows [r0, r1) into b and returns Σᵢ yᵢ². */
    private static double xty(double[] x, double[] y, int n, int r0, int r1, double[] b) {
        double yy = 0;
        double[] row = new double[n];
        for (int i = r0; i < r1; i++) {
            double yi = y[i];
            yy += yi * yi;
            System.arraycopy(x, i * n, row, 0, n);
            for (int j = 0; j < n; j++) {
                b[j] += yi * row[j];
            }
        }
        return yy;
    }
}
