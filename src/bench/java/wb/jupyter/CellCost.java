package wb.jupyter;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import wb.notebook.CellRecorder;
import wb.session.Session;
import wb.session.SessionSettings;
import wb.session.SnippetSource;

/**
 * A cell's cost in the kernel beside the same snippet's at the prompt, in one JVM under the same
 * load: {@link Session#eval} (what the prompt runs for a snippet) and {@link CellExecutor#execute}
 * (what the kernel runs for a cell: splitting, the script runner, the recorder, the outputs),
 * alternating, after a warm-up. The sockets' share is measured apart, end to end, by
 * src/bench/python/kernel_cells.py. Prints a markdown table of medians in milliseconds.
 *
 * <p>Run: {@code bash src/bench/run-kernel.sh}.
 */
public final class CellCost {
    private CellCost() {
    }

    public static void main(String[] args) {
        int runs = Integer.parseInt(System.getProperty("runs", "200"));
        CellRecorder recorder = new CellRecorder(true, null);
        try (Session session = Session.start(new SessionSettings(0, recorder))) {
            CellExecutor cells = new CellExecutor(session, recorder, Path.of("").toAbsolutePath());
            cells.execute("dataset(1000, vec(3.14), 1.0);", true);
            System.out.println("| snippet | prompt: `Session.eval` (ms) | kernel: `CellExecutor.execute` (ms) |");
            System.out.println("| --- | ---: | ---: |");
            for (String code : List.of("1 + 1", "ls(3.0)", "double z = Math.sqrt(2);", "var w = ridge(1e3);")) {
                double[] prompt = new double[runs];
                double[] kernel = new double[runs];
                for (int i = -runs / 2; i < runs; i++) {
                    long t0 = System.nanoTime();
                    session.eval(SnippetSource.of(code));
                    long t1 = System.nanoTime();
                    cells.execute(code, true);
                    long t2 = System.nanoTime();
                    if (i >= 0) {
                        prompt[i] = (t1 - t0) / 1e6;
                        kernel[i] = (t2 - t1) / 1e6;
                    }
                }
                System.out.printf("| `%s` | %.1f | %.1f |%n", code, median(prompt), median(kernel));
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
