package wb.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import wb.session.Outcome;
import wb.session.Session;
import wb.session.SessionSettings;
import wb.session.SnippetSource;

/**
 * Stop latency: the time from {@link Session#stop()} (what Ctrl-C at the prompt calls) to the
 * running snippet's outcome, for a loop written in the snippet, {@code Thread.sleep}, and a long
 * computation inside a wb helper (the Gram of a 20000 × 2000 data set, several seconds). Each
 * snippet is stopped 500 ms after it starts, RUNS times (default 7); the median and the largest
 * are printed in milliseconds. A plain program rather than JMH: a stop is a one-off event.
 *
 * <p>Run on each JDK: {@code bash src/bench/run-stop.sh}.
 */
public final class StopLatency {
    private static final long STOP_AFTER_MILLIS = 500;

    private StopLatency() {
    }

    public static void main(String[] args) {
        int runs = Integer.parseInt(System.getProperty("runs", "7"));
        try (Session session = Session.start(SessionSettings.defaults())) {
            session.eval(SnippetSource.of("int kept = 7;"));
            session.eval(SnippetSource.of("var big = dataset(20_000, 2_000);"));
            measure(session, "loop in the snippet", "while (true) { kept = kept; }", runs);
            measure(session, "Thread.sleep", "Thread.sleep(600_000);", runs);
            measure(session, "helper: Gram of 20000 x 2000", "ridge(big, 1.0);", runs);
            Outcome kept = session.eval(SnippetSource.of("kept")).get(0);
            if (!(kept instanceof Outcome.Value v) || !v.text().equals("7")) {
                throw new IllegalStateException("a variable defined before the stops was lost: " + kept);
            }
        }
    }

    private static void measure(Session session, String label, String code, int runs) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        List<Double> millis = new ArrayList<>();
        try {
            for (int i = 0; i < runs; i++) {
                long[] stoppedAt = new long[1];
                timer.schedule(() -> {
                    stoppedAt[0] = System.nanoTime();
                    session.stop();
                }, STOP_AFTER_MILLIS, TimeUnit.MILLISECONDS);
                List<Outcome> outcomes = session.eval(SnippetSource.of(code));
                long end = System.nanoTime();
                if (outcomes.size() != 1 || !(outcomes.get(0) instanceof Outcome.Stopped)) {
                    throw new IllegalStateException(label + " was not stopped: " + outcomes);
                }
                millis.add((end - stoppedAt[0]) / 1e6);
            }
        } finally {
            timer.shutdownNow();
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("| %s | %s | %.0f | %.0f |%n", System.getProperty("java.version"), label,
                median(sorted), sorted[sorted.length - 1]);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
