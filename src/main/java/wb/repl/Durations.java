package wb.repl;

import java.util.Locale;

/** Durations as people read them: three significant digits in ns, µs, ms or s. */
final class Durations {
    private Durations() {
    }

    /** {@code 12.3 µs} for 12 300 ns; {@code 1.50 s} for 1.5e9 ns. */
    static String format(double nanos) {
        if (nanos < 0) {
            return "unknown";
        }
        String[] units = {"ns", "µs", "ms", "s"};
        double value = nanos;
        int unit = 0;
        while (unit < units.length - 1 && value >= 999.5) {
            value /= 1000;
            unit++;
        }
        String digits = value >= 99.95 ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 9.995 ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%.2f", value);
        return digits + " " + units[unit];
    }
}
