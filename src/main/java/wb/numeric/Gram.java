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
 * <p><b>Inner loop.</b> For eight rows xᵢ…xᵢ₊₇ at a time it does
 * {@code g[j][k] += x_ij·x_ik + … + x_(i+7)j·x_(i+7)k} over k ≥ j: an axpy-shaped loop over
 * contiguous memory, which C2 auto-vectorises (it does not vectorise floating-point reductions,
 * since they would change the rounding). Columns are processed in blocks of 256 so that the
 * rows' slices stay in L1 while a band of G is updated. Only the upper triangle is computed and
 * then mirrored. The additions for one entry happen in a fixed order (row groups of eight in row
 * order, then chunks in chunk order) whatever thread runs them.
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
     * <p>Rows are copied eight at a time into separate scratch arrays and each G row is its own
     * array: C2 then vectorises the k loop. (With the rows and G as offsets into one array it does
     * not, since it cannot rule out that the store overlaps a later load; measured 3-4× slower.)
     */
    static void upper(double[] x, int n, int r0, int r1, int j0, int j1, double[][] g, Workers.Stop stop) {
        double[][] rows = new double[8][n];
        int i = r0;
        int sinceCheck = 0;
        for (; i + 7 < r1; i += 8) {
            if ((sinceCheck += 8) >= PANEL_ROWS) {
                sinceCheck = 0;
                if (stop.stopped()) {
                    return;
                }
            }
            for (int q = 0; q < 8; q++) {
                System.arraycopy(x, (i + q) * n + j0, rows[q], j0, n - j0);
            }
            for (int k0 = j0; k0 < n; k0 += COL_BLOCK) {
                eight(rows, j0, Math.min(j1, k0 + COL_BLOCK), k0, Math.min(n, k0 + COL_BLOCK), g);
            }
        }
        for (; i < r1; i++) {
            double[] r = rows[0];
            System.arraycopy(x, i * n + j0, r, j0, n - j0);
            for (int j = j0; j < j1; j++) {
                double a = r[j];
                double[] gj = g[j];
                for (int k = j; k < n; k++) {
                    gj[k] += a * r[k];
                }
            }
        }
    }

    /** Eight rows against G rows [j0, j1) and columns [k0, k1), k ≥ j. */
    private static void eight(double[][] rows, int j0, int j1, int k0, int k1, double[][] g) {
        double[] r0 = rows[0];
        double[] r1 = rows[1];
        double[] r2 = rows[2];
        double[] r3 = rows[3];
        double[] r4 = rows[4];
        double[] r5 = rows[5];
        double[] r6 = rows[6];
        double[] r7 = rows[7];
        for (int j = j0; j < j1; j++) {
            double a0 = r0[j];
            double a1 = r1[j];
            double a2 = r2[j];
            double a3 = r3[j];
            double a4 = r4[j];
            double a5 = r5[j];
            double a6 = r6[j];
            double a7 = r7[j];
            double[] gj = g[j];
            for (int k = Math.max(k0, j); k < k1; k++) {
                gj[k] += a0 * r0[k] + a1 * r1[k] + a2 * r2[k] + a3 * r3[k]
                        + a4 * r4[k] + a5 * r5[k] + a6 * r6[k] + a7 * r7[k];
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
