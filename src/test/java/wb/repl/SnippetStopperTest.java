package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SnippetStopperTest {
    @Test
    void repeatsTheStopUntilTheInputHasEnded() throws Exception {
        AtomicInteger stops = new AtomicInteger();
        CountDownLatch thirdStop = new CountDownLatch(3);
        SnippetStopper stopper = new SnippetStopper(() -> {
            stops.incrementAndGet();
            thirdStop.countDown();
        }, () -> stops.get() < 3);
        stopper.stopRunningSnippet();
        assertThat(thirdStop.await(10, TimeUnit.SECONDS)).as("stopped three times").isTrue();
        Thread.sleep(5 * SnippetStopper.RETRY_MILLIS);
        assertThat(stops.get()).as("no stop after the input ended").isEqualTo(3);
    }

    @Test
    void stopsOnceWhenNothingRunsAnyMore() throws Exception {
        AtomicInteger stops = new AtomicInteger();
        SnippetStopper stopper = new SnippetStopper(stops::incrementAndGet, () -> false);
        stopper.stopRunningSnippet();
        Thread.sleep(5 * SnippetStopper.RETRY_MILLIS);
        assertThat(stops.get()).isEqualTo(1);
    }
}
