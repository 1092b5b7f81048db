package wb.numeric;

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
 * since they would change the rounding). Columns are processed in blocks of 256 so that a block
 * of G stays in cache while the rows stream past. Only the upper triangle is computed and then
 * mirrored.
 *
 * <p><b>Interruption.</b> Units check for cancellation every 256 rows (tens of milliseconds at
 * most), and the calling thread throws {@link ComputationInterruptedException} when interrupted.
 */
public final class Gram {
    static final String TASK = "Gram matrix XᵀX";
    private static final int PANEL_ROWS = 256;
    private static final int COL_BLOCK = 256;
    private static final long PARTIAL_BUDGET_DOUBLES = 4_000_000L;
    private static final int MAX_CHUNKS = 16;
    private static final int MIN_CHUNK_ROWS = 2048;
    /** About this many multiply-adds per unit: 0.1–0.5 s of work, enough units to balance. */
    private static final long UNIT_MACS = 1_000_000_000L;

    private Gram() {
    }

    /** The Gram statistics of one data set: G = XᵀX (N×N, row-major, symmetric), b = Xᵀy, yᵀy. */
    record Result(double[] g, double[] b, double yy) {
    }

    /**
     * Computes G = XᵀX, b = Xᵀy and yᵀy.
     *
     * @param x row-major M×N data
     * @param y M targets
     */
    static Result compute(double[] x, double[] y, int m, int n, Workers workers, ProgressListener progress) {
        Plan plan = new Plan(m, n);
        double[][] partialG = new double[plan.chunks][];
        double[][] partialB = new double[plan.chunks][];
        double[] partialYy = new double[plan.chunks];
        for (int c = 0; c < plan.chunks; c++) {
            partialG[c] = new double[n * n];
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
        double[] g = partialG[0];
        double[] b = partialB[0];
        double yy = partialYy[0];
        for (int c = 1; c < plan.chunks; c++) {
            double[] pg = partialG[c];
            for (int j = 0; j < n; j++) {
                for (int k = j; k < n; k++) {
                    g[j * n + k] += pg[j * n + k];
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

    /** Adds Σᵢ xᵢⱼxᵢₖ over rows [r0, r1) into g for j in [j0, j1), k ≥ j. */
    static void upper(double[] x, int n, int r0, int r1, int j0, int j1, double[] g, Workers.Stop stop) {
        for (int p0 = r0; p0 < r1; p0 += PANEL_ROWS) {
            if (stop.stopped()) {
                return;
            }
            int p1 = Math.min(r1, p0 + PANEL_ROWS);
            for (int k0 = j0; k0 < n; k0 += COL_BLOCK) {
                int k1 = Math.min(n, k0 + COL_BLOCK);
                panel(x, n, p0, p1, j0, Math.min(j1, k1), k0, k1, g);
            }
        }
    }

    /** One panel of rows against one block of columns [k0, k1) for G rows [j0, j1). */
    private static void panel(double[] x, int n, int p0, int p1, int j0, int j1, int k0, int k1, double[] g) {
        int i = p0;
        for (; i + 3 < p1; i += 4) {
            int o0 = i * n;
            int o1 = o0 + n;
            int o2 = o1 + n;
            int o3 = o2 + n;
            int j = j0;
            for (; j + 1 < j1; j += 2) {
                double a0 = x[o0 + j];
                double a1 = x[o1 + j];
                double a2 = x[o2 + j];
                double a3 = x[o3 + j];
                double c0 = x[o0 + j + 1];
                double c1 = x[o1 + j + 1];
                double c2 = x[o2 + j + 1];
                double c3 = x[o3 + j + 1];
                int ks = Math.max(k0, j);
                int gj = j * n;
                int gc = gj + n;
                for (int k = ks; k < k1; k++) {
                    double x0 = x[o0 + k];
                    double x1 = x[o1 + k];
                    double x2 = x[o2 + k];
                    double x3 = x[o3 + k];
                    g[gj + k] += a0 * x0 + a1 * x1 + a2 * x2 + a3 * x3;
                    g[gc + k] += c0 * x0 + c1 * x1 + c2 * x2 + c3 * x3;
                }
            }
            for (; j < j1; j++) {
                double a0 = x[o0 + j];
                double a1 = x[o1 + j];
                double a2 = x[o2 + j];
                double a3 = x[o3 + j];
                int gj = j * n;
                for (int k = Math.max(k0, j); k < k1; k++) {
                    g[gj + k] += a0 * x[o0 + k] + a1 * x[o1 + k] + a2 * x[o2 + k] + a3 * x[o3 + k];
                }
            }
        }
        for (; i < p1; i++) {
            int o = i * n;
            for (int j = j0; j < j1; j++) {
                double a = x[o + j];
                int gj = j * n;
                for (int k = Math.max(k0, j); k < k1; k++) {
                    g[gj + k] += a * x[o + k];
                }
            }
        }
    }

    /** Adds Σᵢ yᵢxᵢ over rows [r0, r1) into b and returns Σᵢ yᵢ². */
    private static double xty(double[] x, double[] y, int n, int r0, int r1, double[] b) {
        double yy = 0;
        for (int i = r0; i < r1; i++) {
            double yi = y[i];
            yy += yi * yi;
            int o = i * n;
            for (int j = 0; j < n; j++) {
                b[j] += yi * x[o + j];
            }
        }
        return yy;
    }
}
