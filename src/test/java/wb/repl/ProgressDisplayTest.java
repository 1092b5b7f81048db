package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {
    /** A status line that remembers what it was told. */
    private static final class RecordingLine implements StatusLine {
        final List<String> events = new ArrayList<>();

        @Override
        public void show(String text) {
            events.add("show " + text);
        }

        @Override
        public void hide() {
            events.add("hide");
        }

        @Override
        public int width() {
            return 80;
        }
    }

    private long now;
    private final RecordingLine line = new RecordingLine();
    private final ProgressDisplay display = new ProgressDisplay(line, () -> now, null);

    private void advanceMillis(long millis) {
        now += TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void aQuickTaskShowsNothing() {
        display.progress("Gram matrix", 0, 100);
        advanceMillis(400);
        display.refresh();
        display.progress("Gram matrix", 100, 100);
        display.refresh();
        assertThat(line.events).isEmpty();
    }

    @Test
    void aLongTaskShowsAfterASecondAndGoesWhenDone() {
        display.progress("Gram matrix", 0, 100);
        advanceMillis(900);
        display.progress("Gram matrix", 30, 100);
        display.refresh();
        assertThat(line.events).isEmpty();
        advanceMillis(300);
        display.progress("Gram matrix", 40, 100);
        display.refresh();
        assertThat(line.events).containsExactly("show Gram matrix [########------------] 40%  1.2 s  (Ctrl-C stops)");
        display.progress("Gram matrix", 100, 100);
        display.refresh();
        assertThat(line.events).last().isEqualTo("hide");
    }

    @Test
    void aNewTaskStartsItsOwnSecondAndClearingHidesTheLine() {
        display.progress("data set", 0, 10);
        advanceMillis(1500);
        display.progress("Gram matrix", 1, 10);
        display.refresh();
        assertThat(line.events).isEmpty();
        advanceMillis(1000);
        display.refresh();
        assertThat(line.events).hasSize(1);
        display.clear();
        assertThat(line.events).last().isEqualTo("hide");
    }

    @Test
    void theLineIsCutToTheTerminalsWidthAndAnUnknownTotalHasNoBar() {
        assertThat(ProgressLine.format("a very long task name", 1, 2, 0, 10)).isEqualTo("a very lon");
        assertThat(ProgressLine.format("reading", 5, 0, 2_340_000_000L, 0)).isEqualTo("reading  2.3 s  (Ctrl-C stops)");
    }
}
