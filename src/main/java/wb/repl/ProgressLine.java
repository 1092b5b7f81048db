package wb.repl;

import java.util.Locale;

/** The text of a progress report: {@code Gram matrix [########------------] 40%  2.1 s}. */
final class ProgressLine {
    private static final int BAR = 20;

    private ProgressLine() {
    }

    /**
     * @param task         what is being done
     * @param done         units done, 0..total
     * @param total        units in all (0 or less: unknown, no bar)
     * @param elapsedNanos how long the task has run
     * @param width        the terminal's width; the line is cut to it
     */
    static String format(String task, long done, long total, long elapsedNanos, int width) {
        StringBuilder line = new StringBuilder(task);
        if (total > 0) {
            long clamped = Math.max(0, Math.min(done, total));
            int filled = (int) (BAR * clamped / total);
            line.append(" [").append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ")
                    .append(100 * clamped / total).append('%');
        }
        long tenths = elapsedNanos / 100_000_000L;
        line.append(String.format(Locale.ROOT, "  %d.%d s", tenths / 10, tenths % 10));
        line.append("  (Ctrl-C stops)");
        return width > 0 && line.length() > width ? line.substring(0, width) : line.toString();
    }
}
