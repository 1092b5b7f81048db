package wb.numeric;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import wb.numeric.kernel.NearestDouble;
import wb.numeric.kernel.ProgressListener;

/**
 * A reader of the commonest CSV files, those whose rows are ASCII text with no quotes: it reads
 * the bytes itself and converts each decimal with {@link NearestDouble}, where a general CSV
 * parser and {@link Double#parseDouble} took 2 to 3 times numpy's time.
 *
 * <p>It reads such a file as Commons CSV with {@link Csv}'s format does: fields split at commas,
 * each trimmed of the characters up to the space, records ended by LF or CR LF, empty lines
 * skipped, a leading byte-order mark dropped. A header line with quotes or UTF-8 beyond ASCII
 * (R's {@code write.csv} quotes every name) is given to Commons CSV alone. At a quote or a byte
 * above 127 in a row, or a carriage return alone anywhere, it gives up ({@link #read} returns
 * null) and {@link Csv} reads the file again with Commons CSV: what the two would read
 * differently, it never reads. A header or row it does read goes to the same {@link CsvTable},
 * and a cell that is not a plain decimal to {@link Csv#parse}, so its errors are worded as the
 * general reader's.
 */
final class PlainCsv {
    private static final int FIRST_BUFFER = 1 << 20;

    private final Path file;
    private final InputStream in;
    private byte[] buf = new byte[FIRST_BUFFER];
    /** The bytes of buf in use: [pos, limit). */
    private int pos;
    private int limit;
    /** How many bytes of the file lie before buf[0]. */
    private long offset;
    private boolean eof;
    /** The line read last: buf[start, end) without its line break; its number from 1; its commas. */
    private int start;
    private int end;
    private long line;
    private int commas;
    /** Whether the line read last holds a quote or a byte above 127 (allowed in the header only). */
    private boolean special;
    /** Set by {@link #decimal} when a cell is not a decimal it converts itself. */
    private boolean other;

    private PlainCsv(Path file, InputStream in) {
        this.file = file;
        this.in = in;
    }

    /**
     * The data set in {@code file}, or null if the file is not plain ASCII without quotes (see
     * the class comment), for the general reader to read.
     *
     * @throws IllegalArgumentException as {@link Csv#load} for a malformed header, row or cell
     * @throws IOException              if the file cannot be read
     */
    static Dataset read(Path file, String target, long size, ProgressListener progress) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new PlainCsv(file, in).read(target, size, progress);
        }
    }

    private Dataset read(String target, long size, ProgressListener progress) throws IOException {
        try {
            return readPlain(target, size, progress);
        } catch (IllegalArgumentException e) {
            // Commons CSV decodes ahead of what it parses, so a byte that is not UTF-8 a little
            // further on is reported before this error; and a file that is not UTF-8 is wrong
            // before any of its cells is. Such a file's error is the general reader's to give.
            if (restIsAscii()) {
                throw e;
            }
            return null;
        }
    }

    /** Whether the bytes after those read so far are all ASCII (reading them to the end). */
    private boolean restIsAscii() throws IOException {
        while (true) {
            for (int i = pos; i < limit; i++) {
                if (buf[i] < 0) {
                    return false;
                }
            }
            pos = limit;
            if (eof || !compactAndFill()) {
                return true;
            }
        }
    }

    private Dataset readPlain(String target, long size, ProgressListener progress) throws IOException {
        fill();
        if (limit - pos >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3; // the UTF-8 byte-order mark
        }
        Next next = nextNonEmptyLine(true);
        if (next == Next.NOT_PLAIN) {
            return null;
        }
        if (next == Next.END) {
            throw CsvTable.empty(file);
        }
        List<String> names = special ? header() : plainHeader();
        if (names == null) {
            return null;
        }
        CsvTable table = new CsvTable(file, names, line, target, size, progress);
        while (true) {
            next = nextNonEmptyLine(false);
            if (next == Next.NOT_PLAIN) {
                return null;
            }
            if (next == Next.END) {
                return table.dataset();
            }
            table.beginRow(line, commas + 1, offset + start);
            int c = 0;
            for (int a = start; ; c++) {
                int b = fieldEnd(a);
                int from = trimStart(a, b);
                int to = trimEnd(from, b);
                double v = decimal(from, to);
                if (other) {
                    String cell = new String(buf, from, to - from, StandardCharsets.US_ASCII);
                    v = Csv.parse(file, line, c, table.name(c), cell);
                }
                table.put(c, v);
                if (b == end) {
                    break;
                }
                a = b + 1;
            }
            table.endRow();
        }
    }

    /** The header line's names, split at its commas and trimmed. */
    private List<String> plainHeader() {
        List<String> names = new ArrayList<>(commas + 1);
        for (int a = start; ; ) {
            int b = fieldEnd(a);
            int from = trimStart(a, b);
            names.add(new String(buf, from, trimEnd(from, b) - from, StandardCharsets.US_ASCII));
            if (b == end) {
                return names;
            }
            a = b + 1;
        }
    }

    /**
     * The names of a header line with quotes or UTF-8 beyond ASCII (as R's write.csv and many
     * exports write it), read by Commons CSV itself; null if the line is not UTF-8 or is not one
     * whole record (a quote left open, a carriage return alone), for the general reader. Read
     * alone to its end outside any quote, the line leaves Commons CSV's lexer where reading the
     * whole file would, at a line break that ends the record, so the names are the same.
     */
    private List<String> header() throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buf, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(Csv.READ).get()) {
            List<CSVRecord> records = parser.getRecords();
            return records.size() == 1 ? records.get(0).toList() : null;
        } catch (UncheckedIOException e) {
            return null; // a quote that the line does not close
        }
    }

    /** What looking for the next line found. */
    private enum Next {
        /** A line that is not empty, now in buf[start, end). */
        LINE,
        /** The end of the file. */
        END,
        /** A byte this reader leaves to the general one. */
        NOT_PLAIN
    }

    /**
     * Reads the next line that is not empty. A header line may hold quotes and bytes above 127
     * (it sets {@link #special}); a row may not.
     */
    private Next nextNonEmptyLine(boolean header) throws IOException {
        while (true) {
            int length = 0; // bytes of this line scanned, from pos (which compacting moves)
            int count = 0;
            int returns = 0;
            boolean lineFeed = false;
            special = false;
            while (true) {
                if (pos + length == limit && (eof || !compactAndFill())) {
                    break;
                }
                byte b = buf[pos + length];
                if (b == '\n') {
                    lineFeed = true;
                    break;
                }
                if (b == ',') {
                    count++;
                } else if (b < 0 || b == '"') {
                    if (!header) {
                        return Next.NOT_PLAIN;
                    }
                    special = true;
                } else if (b == '\r') {
                    returns++;
                }
                length++;
            }
            if (!lineFeed && length == 0) {
                return Next.END;
            }
            line++;
            start = pos;
            end = pos + length;
            pos = end + (lineFeed ? 1 : 0);
            if (end > start && buf[end - 1] == '\r') {
                end--; // CR LF, or a CR that ends the file: a line end either way
                returns--;
            }
            if (returns > 0) {
                return Next.NOT_PLAIN; // a carriage return alone ends a record in CSV
            }
            commas = count;
            if (end > start) {
                return Next.LINE;
            }
        }
    }

    /**
     * Moves the unread bytes to the buffer's start, growing it if a line fills it, and reads
     * more; false at the end of the file.
     */
    private boolean compactAndFill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            offset += pos;
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2); // a line longer than the buffer
        }
        return fill();
    }

    /** Reads into the buffer's free end; false at the end of the file. */
    private boolean fill() throws IOException {
        int read = in.read(buf, limit, buf.length - limit);
        if (read < 0) {
            eof = true;
            return false;
        }
        limit += read;
        return true;
    }

    private int fieldEnd(int a) {
        int b = a;
        while (b < end && buf[b] != ',') {
            b++;
        }
        return b;
    }

    /** Past the characters up to the space that String.trim drops, as Commons CSV's trim does. */
    private int trimStart(int a, int b) {
        while (a < b && (buf[a] & 0xff) <= ' ') {
            a++;
        }
        return a;
    }

    private int trimEnd(int a, int b) {
        while (b > a && (buf[b - 1] & 0xff) <= ' ') {
            b--;
        }
        return b;
    }

    /**
     * The value of the decimal in buf[a, b) if it has the form {@code [+-]?(d+.?d*|.d+)([eE][+-]?d+)?}
     * with at most 19 significant digits; otherwise {@link #other} is set, for {@link Csv#parse}
     * to convert it or say what is wrong with it.
     */
    private double decimal(int a, int b) {
        other = false;
        int i = a;
        boolean negative = false;
        if (i < b && (buf[i] == '+' || buf[i] == '-')) {
            negative = buf[i] == '-';
            i++;
        }
        long w = 0;
        int significant = 0;
        int digits = 0;
        int q = 0;
        boolean fraction = false;
        for (; i < b; i++) {
            int d = buf[i] - '0';
            if (d >= 0 && d <= 9) {
                digits++;
                if (w != 0 || d != 0) {
                    if (++significant > 19) {
                        other = true; // more digits than a long holds exactly: Double.parseDouble's
                        return 0;
                    }
                    w = w * 10 + d;
                }
                if (fraction) {
                    q--;
                }
            } else if (buf[i] == '.' && !fraction) {
                fraction = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            other = true;
            return 0;
        }
        if (i < b && (buf[i] == 'e' || buf[i] == 'E')) {
            int sign = i + 1 < b && buf[i + 1] == '-' ? -1 : 1;
            i += i + 1 < b && (buf[i + 1] == '+' || buf[i + 1] == '-') ? 2 : 1;
            int exponentStart = i;
            int e = 0;
            while (i < b && buf[i] >= '0' && buf[i] <= '9') {
                e = e < 100_000 ? e * 10 + (buf[i] - '0') : e; // beyond this any value is 0 or infinite
                i++;
            }
            if (i == exponentStart) {
                other = true;
                return 0;
            }
            q += sign * e;
        }
        if (i != b) {
            other = true;
            return 0;
        }
        double v = NearestDouble.of(w, q);
        if (!(v <= Double.MAX_VALUE)) {
            other = true; // undecided (NaN), or infinite: Csv.parse says it overflows
            return 0;
        }
        return negative ? -v : v;
    }
}
