package wb.numeric;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import wb.io.AtomicFiles;
import wb.io.Utf8;
import wb.numeric.kernel.ComputationInterruptedException;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.Repr;

/**
 * Reads and writes data sets as CSV: a header row naming the columns, then one row per sample; the
 * target is the column named by the caller, or the last column. A file of ASCII without quotes
 * is read by {@link PlainCsv}, any other with Apache Commons CSV; saves use Commons CSV.
 *
 * <p>Errors are {@link IllegalArgumentException}s that say {@code file:line:column} (the
 * character column of the field, see {@link CsvPosition}), what was
 * found and what is expected: a ragged row, a cell that is not a decimal number, NaN or an
 * infinite value, an empty file, a file with no data rows, an unknown target (listing the
 * columns). Writing goes to a temporary file in the same folder that is then moved into place
 * atomically, so a reader never sees half a file.
 */
public final class Csv {
    static final String LOAD_TASK = "loading CSV";
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
    /** How a CSV is read: Commons CSV's default (RFC 4180) with values trimmed and empty lines skipped. */
    static final CSVFormat READ = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get();
    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    /** Commons CSV's words for a quote left open until the end of the file, with the line it opened on. */
    private static final Pattern UNCLOSED_QUOTE = Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");

    private Csv() {
    }

    /**
     * Loads a data set from a CSV file with a header row.
     *
     * @param target the name of the target column, or null for the last column
     * @throws IllegalArgumentException for a missing, empty or malformed file (with file:line:column)
     * @throws UncheckedIOException     if the file cannot be read
     */
    public static Dataset load(Path file, String target, ProgressListener progress) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        Dataset plain;
        try {
            plain = PlainCsv.read(file, target, size, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return plain != null ? plain : loadAnyCsv(file, target, size, progress);
    }

    /** Loads any CSV file (quotes, UTF-8 beyond ASCII) with Commons CSV; {@link #load} after its fast reader declined. */
    static Dataset loadAnyCsv(Path file, String target, long size, ProgressListener progress) {
        try (Reader reader = withoutBom(Files.newBufferedReader(file, StandardCharsets.UTF_8));
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(READ).get()) {
            return read(file, parser, target, size, progress);
        } catch (CharacterCodingException e) {
            throw notUtf8(file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException c) {
                throw notUtf8(file, c);
            }
            Matcher quote = UNCLOSED_QUOTE.matcher(String.valueOf(e.getCause().getMessage()));
            if (quote.find()) {
                throw new IllegalArgumentException(file + ":" + quote.group(1) + ": a quoted value starts on this"
                        + " line and is never closed; a quote inside a quoted value is written twice (\"\")");
            }
            throw new IllegalArgumentException(file + ":" + " cannot be parsed as CSV: " + e.getCause().getMessage());
        }
    }

    /** The reader past a UTF-8 byte-order mark, which would otherwise stick to the first column's name. */
    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader in = new PushbackReader(reader, 1);
        int first = in.read();
        if (first >= 0 && first != Utf8.BOM) {
            in.unread(first);
        }
        return in;
    }

    /** The error for a file that is not UTF-8: the file is read again to find the first bad byte's line. */
    private static IllegalArgumentException notUtf8(Path file, CharacterCodingException e) {
        Utf8.NotUtf8Exception where;
        try (InputStream in = Files.newInputStream(file)) {
            where = Utf8.firstMalformed(in);
        } catch (IOException again) {
            where = null;
        }
        if (where == null) {
            return new IllegalArgumentException(file + ": the file is not UTF-8 (" + e.getMessage() + "); wb reads"
                    + " CSV files as UTF-8");
        }
        return new IllegalArgumentException(file + ":" + where.line() + ":" + where.column() + ": " + where.reason());
    }

    private static Dataset read(Path file, CSVParser parser, String target, long size, ProgressListener progress) {
        var it = parser.iterator();
        if (!it.hasNext()) {
            throw CsvTable.empty(file);
        }
        List<String> names = it.next().toList();
        CsvTable table = new CsvTable(file, names, parser.getCurrentLineNumber(), target, size, progress);
        int cols = table.columns();
        while (it.hasNext()) {
            CSVRecord rec = it.next();
            long line = parser.getCurrentLineNumber();
            table.beginRow(line, rec.size(), rec.getCharacterPosition());
            for (int c = 0; c < cols; c++) {
                table.put(c, parse(file, line, c, names.get(c), rec.get(c)));
            }
            table.endRow();
        }
        return table.dataset();
    }

    /**
     * The value of one trimmed cell, {@code FILE:LINE:COL}, what was found and what is expected if it is
     * not a finite decimal number.
     */
    static double parse(Path file, long line, int col, String name, String cell) {
        if (NUMBER.matcher(cell).matches()) {
            double v = Double.parseDouble(cell);
            if (Double.isFinite(v)) {
                return v;
            }
            throw new IllegalArgumentException(CsvPosition.of(file, line, col) + ": '" + cell + "' in column '"
                    + name + "' overflows to infinity; values must be finite numbers");
        }
        if (NON_FINITE.matcher(cell).matches()) {
            throw new IllegalArgumentException(CsvPosition.of(file, line, col) + ": '" + cell + "' in column '"
                    + name + "' is not allowed; values must be finite numbers");
        }
        throw new IllegalArgumentException(CsvPosition.of(file, line, col) + ": '" + cell + "' in column '" + name
                + "' is not a number; expected a decimal number such as 3.14 or -2e-3");
    }

    /**
     * Writes a data set as CSV (header: the feature names, then the target), every value as the
     * shortest decimal that reads back to the same double, atomically.
     */
    public static void save(Dataset d, Path file) {
        try {
            AtomicFiles.write(file, stream -> {
                // Flushed, not closed: AtomicFiles closes the stream before it renames the file.
                Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                CSVPrinter out = new CSVPrinter(w, WRITE);
                List<String> header = new ArrayList<>(d.columns());
                header.add(d.target());
                out.printRecord(header);
                double[] x = d.xRaw();
                double[] y = d.yRaw();
                int n = d.n();
                String[] row = new String[n + 1];
                for (int i = 0; i < d.m(); i++) {
                    if ((i & 8191) == 0) {
                        ComputationInterruptedException.check("saving CSV");
                    }
                    for (int j = 0; j < n; j++) {
                        row[j] = Repr.scalar(x[i * n + j]);
                    }
                    row[n] = Repr.scalar(y[i]);
                    out.printRecord((Object[]) row);
                }
                out.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("save: cannot write " + file + ": " + AtomicFiles.reason(e), e);
        }
    }
}
