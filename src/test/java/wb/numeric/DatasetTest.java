package wb.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import wb.numeric.kernel.ComputationInterruptedException;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.Rng;

class DatasetTest {
    @Test
    void interruptedGenerationLeavesTheGeneratorUntouched() throws Exception {
        Rng rng = new Rng(0);
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(() -> {
            try {
                Dataset.synthetic(rng, 200_000, new double[] {1, 2, 3}, 0, 0.1,
                        (task, done, total) -> Thread.currentThread().interrupt());
            } catch (Throwable e) {
                thrown[0] = e;
            }
        });
        t.start();
        t.join();
        assertThat(thrown[0]).isInstanceOf(ComputationInterruptedException.class)
                .hasMessage("generating data set was interrupted; nothing was changed");
        assertThat(rng.nextGaussian()).isEqualTo(new Rng(0).nextGaussian());
    }

    @Test
    void largeGenerationReportsProgressUpToTheTotal() {
        List<long[]> reports = new ArrayList<>();
        Dataset.synthetic(new Rng(1), 100_000, new double[] {1, 2}, 0, 1, (task, done, total) -> {
            assertThat(task).isEqualTo("generating data set");
            reports.add(new long[] {done, total});
        });
        assertThat(reports).isNotEmpty();
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i)[0]).isGreaterThanOrEqualTo(reports.get(i - 1)[0]);
        }
        long[] last = reports.get(reports.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]).isEqualTo(300_000);
    }

    @Test
    void statisticsAreComputedOnceEvenWhenManyThreadsAsk() throws Exception {
        Dataset d = Dataset.synthetic(new Rng(2), 50_000, 20, 0, 1, ProgressListener.NONE);
        Set<Statistics> seen = ConcurrentHashMap.newKeySet();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                seen.add(d.stats(ProgressListener.NONE));
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(seen).hasSize(1);
    }

    @Test
    void xAndYAreCopiesSoTheDataSetStaysImmutable() {
        Dataset d = Dataset.of(Mat.of(2, 1, 1, 2), Vec.of(3, 4));
        double[] x = d.x().toArray();
        x[0] = 99;
        assertThat(d.x().get(0, 0)).isEqualTo(1.0);
        assertThat(d.y().toString()).isEqualTo("[[3.]\n [4.]]");
        assertThatThrownBy(() -> Dataset.of(Mat.of(2, 1, 1, 2), Vec.of(3)))
                .hasMessage("X has 2 rows but y has 1 entries; they must match");
    }
}
