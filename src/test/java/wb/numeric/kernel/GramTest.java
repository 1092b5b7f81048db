package wb.numeric.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class GramTest {
    private static double[] randomX(long seed, int m, int n) {
        Rng r = new Rng(seed);
        double[] x = new double[m * n];
        r.fillGaussian(x, 0, x.length);
        return x;
    }

    /** The textbook triple loop, in a different summation order, as the independent reference. */
    static double[] naive(double[] x, int m, int n) {
        double[] g = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < n; k++) {
                double s = 0;
                for (int i = 0; i < m; i++) {
                    s += x[i * n + j] * x[i * n + k];
                }
                g[j * n + k] = s;
            }
        }
        return g;
    }

    @Test
    void matchesTheTextbookLoopForManyShapes() {
        int[][] shapes = {{1, 1}, {7, 3}, {1000, 1}, {1000, 2}, {4099, 10}, {3000, 37}, {600, 300}, {50, 70}};
        for (int[] s : shapes) {
            int m = s[0];
            int n = s[1];
            double[] x = randomX(m * 31L + n, m, n);
            double[] g = Gram.gram(x, m, n, new Workers(2));
            double[] ref = naive(x, m, n);
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    double scale = Math.sqrt(ref[j * n + j] * ref[k * n + k]);
                    assertThat(Math.abs(g[j * n + k] - ref[j * n + k])).as("(%d, %d) entry %d,%d", m, n, j, k)
                            .isLessThanOrEqualTo(1e-12 * scale + 1e-300);
                    assertThat(g[j * n + k]).isEqualTo(g[k * n + j]);
                }
            }
        }
    }

    @Test
    void resultIsBitIdenticalForAnyNumberOfThreads() {
        int[][] shapes = {{20000, 10}, {9000, 200}, {3000, 700}};
        for (int[] s : shapes) {
            double[] x = randomX(5, s[0], s[1]);
            double[] y = randomX(6, s[0], 1);
            Gram.Result one = Gram.compute(x, y, s[0], s[1], new Workers(1), ProgressListener.NONE);
            for (int t : new int[] {2, 3, 8}) {
                Gram.Result many = Gram.compute(x, y, s[0], s[1], new Workers(t), ProgressListener.NONE);
                assertThat(many.g()).as("G with %d threads", t).isEqualTo(one.g());
                assertThat(many.b()).as("b with %d threads", t).isEqualTo(one.b());
                assertThat(many.yy()).isEqualTo(one.yy());
            }
        }
    }

    @Test
    void interruptingALongGramStopsItWithAClearException() throws Exception {
        int m = 400_000;
        int n = 300;
        double[] x = new double[m * n];
        java.util.Arrays.fill(x, 1.0);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                Gram.compute(x, new double[m], m, n, new Workers(2), (task, done, total) -> started.countDown());
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        worker.start();
        // The first progress report comes after the first unit; interrupt while the rest runs.
        started.await();
        long t0 = System.nanoTime();
        worker.interrupt();
        worker.join(10_000);
        assertThat(worker.isAlive()).as("still running 10 s after the interrupt").isFalse();
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(10.0);
        assertThat(thrown.get()).isInstanceOf(ComputationInterruptedException.class)
                .hasMessageContaining("Gram").hasMessageContaining("interrupted");
    }

    @Test
    void workerThreadsAreDaemonsInTheRootGroup() throws Exception {
        ThreadGroup snippetGroup = new ThreadGroup("snippet");
        AtomicReference<Thread> helper = new AtomicReference<>();
        Thread t = new Thread(snippetGroup, () -> {
            Workers w = new Workers(2);
            double[] x = randomX(1, 50_000, 40);
            w.run("probe", 4, (u, stop) -> {
                if (Thread.currentThread().getName().startsWith("wb-numeric")) {
                    helper.set(Thread.currentThread());
                }
                Gram.upper(x, 40, 0, 50_000, 0, 40, new double[40][40], stop);
            }, ProgressListener.NONE);
        });
        t.start();
        t.join();
        assertThat(helper.get()).isNotNull();
        assertThat(helper.get().isDaemon()).isTrue();
        assertThat(helper.get().getThreadGroup().getParent()).isNull();
        assertThat(snippetGroup.activeCount()).isZero();
    }
}
