package wb.numeric;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import wb.numeric.kernel.ComputationInterruptedException;
import wb.numeric.kernel.ProgressListener;

/**
 * A data set being read from CSV, row by row: the checked header, and X and y growing as rows
 * come. Both of {@link Csv}'s readers fill one, so a header or a row is judged, and its errors
 * worded, the same way whichever reader met it.
 */
final class CsvTable {
    private final Path file;
    private final List<String> names;
    private final int t;
    private final int n;
    private final long size;
    private final ProgressListener progress;
    private double[] x;
    private double[] y = new double[1024];
    private int m;

    /**
     * The table for a header read from {@code headerLine}.
     *
     * @param target the target column's name, or null for the last column
     * @param size   the file's size in bytes, for progress reports
     * @throws IllegalArgumentException for fewer than two columns, an empty or repeated name, an unknown target
     */
    CsvTable(Path file, List<String> names, long headerLine, String target, long size, ProgressListener progress) {
        this.file = file;
        this.names = names;
        this.size = size;
        this.progress = progress;
        int cols = names.size();
        if (cols < 2) {
            throw new IllegalArgumentException(file + ":1: the header has " + cols + " column" + (cols == 1 ? "" : "s")
                    + " (" + String.join(", ", names) + "); expected at least one feature and one target");
        }
        // A set: a list search made the check quadratic, 16-23 s for 100,000 columns.
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < cols; c++) {
            if (names.get(c).isEmpty()) {
                throw new IllegalArgumentException(CsvPosition.of(file, headerLine, c) + ": column " + (c + 1)
                        + " has an empty name; every column needs a name in the header");
            }
            if (!seen.add(names.get(c))) {
                throw new IllegalArgumentException(CsvPosition.of(file, headerLine, c) + ": the column name '"
                        + names.get(c) + "' appears twice; column names must be unique");
            }
        }
        t = target == null ? cols - 1 : names.indexOf(target);
        if (t < 0) {
            throw new IllegalArgumentException(file + ": there is no column named '" + target
                    + "'; the columns are: " + String.join(", ", names));
        }
        n = cols - 1;
        // Room for 1024 rows, but at most 1M values to start with: a wide file (100,000 columns)
        // would otherwise ask for 800 MB before its first row; the array doubles as rows come.
        x = new double[(int) Math.max(16, Math.min(n * 1024L, 1 << 20))];
    }

    /** The error for a file with no header: {@code FILE: the file is empty; ...}. */
    static IllegalArgumentException empty(Path file) {
        return new IllegalArgumentException(file + ": the file is empty; expected a header row naming the"
                + " columns, then one row of numbers per sample");
    }

    /** The number of columns, the target's included. */
    int columns() {
        return n + 1;
    }

    /** A column's name, from 0. */
    String name(int column) {
        return names.get(column);
    }

    /**
     * Makes room for the next row, found on {@code line} with {@code values} values, after
     * {@code position} bytes or characters of the file; every 8,192 rows it lets a stop in and
     * reports progress.
     *
     * @throws IllegalArgumentException for a row of another width than the header, or one row too many for an array
     */
    void beginRow(long line, int values, long position) {
        if (values != n + 1) {
            throw new IllegalArgumentException(file + ":" + line + ": the row has " + values + " value"
                    + (values == 1 ? "" : "s") + " but the header has " + (n + 1) + " columns");
        }
        if ((m & 8191) == 0 && m > 0) {
            ComputationInterruptedException.check(Csv.LOAD_TASK);
            if (size > (1 << 22)) {
                progress.progress(Csv.LOAD_TASK, Math.min(size, position), size);
            }
        }
        if ((long) (m + 1) * n > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException(file + ":" + line + ": too many values for one array ("
                    + (long) (m + 1) * n + "); at most " + (Integer.MAX_VALUE - 16));
        }
        if ((m + 1) * n > x.length || m == y.length) {
            grow(position);
        }
    }

    /**
     * Makes room for more rows: past the first 1,024, for as many as the file's size suggests
     * (a twentieth more, and at least a quarter more than now), before that by doubling. Doubling
     * all the way left up to half of X's array unused, and the copy at the end took as much again.
     */
    private void grow(long position) {
        long max = Integer.MAX_VALUE - 16;
        if (m >= 1024 && position > 0) {
            long rows = Math.max((long) (size / ((double) position / m) * 1.05), m + m / 4 + 1L);
            x = Arrays.copyOf(x, (int) Math.min(max, Math.max(rows * n, (m + 1L) * n)));
            y = Arrays.copyOf(y, (int) Math.min(max, rows));
            return;
        }
        if ((m + 1) * n > x.length) {
            x = Arrays.copyOf(x, (int) Math.min(max, 2L * x.length + n));
        }
        if (m == y.length) {
            y = Arrays.copyOf(y, 2 * y.length);
        }
    }

    /** Sets the value of column {@code column} (from 0) in the row begun last. */
    void put(int column, double value) {
        if (column == t) {
            y[m] = value;
        } else {
            x[m * n + (column < t ? column : column - 1)] = value;
        }
    }

    /** Ends the row begun last. */
    void endRow() {
        m++;
    }

    /**
     * The data set of the rows read.
     *
     * @throws IllegalArgumentException if there were none
     */
    Dataset dataset() {
        if (m == 0) {
            throw new IllegalArgumentException(file + ": the file has a header but no data rows; expected one row"
                    + " of numbers per sample after the header");
        }
        if (size > (1 << 22)) {
            progress.progress(Csv.LOAD_TASK, size, size);
        }
        List<String> features = new ArrayList<>(names);
        String targetName = features.remove(t);
        return Dataset.fromRows(Arrays.copyOf(x, m * n), Arrays.copyOf(y, m), m, n, file, features, targetName);
    }
}
