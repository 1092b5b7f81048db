package wb.plot.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Legend placement inside the plot area, named as matplotlib's {@code loc}. */
public final class Legend {

    private Legend() {
    }

    /** Where the legend goes; {@link #BEST} picks the place covering the fewest data points. */
    public enum Location {
        BEST("best", 0, 0), UPPER_RIGHT("upper right", 1, 1), UPPER_LEFT("upper left", -1, 1),
        LOWER_LEFT("lower left", -1, -1), LOWER_RIGHT("lower right", 1, -1), RIGHT("right", 1, 0),
        CENTER_LEFT("center left", -1, 0), CENTER_RIGHT("center right", 1, 0), LOWER_CENTER("lower center", 0, -1),
        UPPER_CENTER("upper center", 0, 1), CENTER("center", 0, 0);

        final String text;
        /** -1 left, 0 centre, 1 right. */
        final int h;
        /** -1 bottom, 0 middle, 1 top. */
        final int v;

        Location(String text, int h, int v) {
            this.text = text;
            this.h = h;
            this.v = v;
        }

        public static Location parse(String s) {
            if (s != null) {
                String k = s.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
                for (Location l : values()) {
                    if (l.text.equals(k)) {
                        return l;
                    }
                }
            }
            throw new IllegalArgumentException("legend: unknown location \"" + s + "\"; expected one of "
                    + Arrays.stream(values()).map(l -> "\"" + l.text + "\"").collect(Collectors.joining(", ")));
        }
    }
}
