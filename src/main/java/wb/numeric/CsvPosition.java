package wb.numeric;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import wb.io.Utf8;

/**
 * Where a CSV field is, as {@code FILE:LINE:COL} with the 1-based character column an editor
 * jumps to (the field's first character, past the spaces the reader trims), rather than the
 * field's number. Only errors ask, so the line is read again from the file then.
 */
final class CsvPosition {
    private CsvPosition() {
    }

    /** {@code FILE:LINE:COL} of field {@code field} (0-based) on line {@code line}; {@code FILE:LINE} if it is not found there. */
    static String of(Path file, long line, int field) {
        String text = line(file, line);
        int column = text == null ? -1 : column(text, field);
        return file + ":" + line + (column > 0 ? ":" + column : "");
    }

    /** The 1-based character column where field {@code field} starts in one line of CSV, or -1. */
    static int column(String text, int field) {
        int at = 0;
        boolean quoted = false;
        for (int f = 0; f < field; at++) {
            if (at == text.length()) {
                return -1;
            }
            char c = text.charAt(at);
            if (c == '"') {
                quoted = !quoted; // a doubled quote inside a quoted value flips twice
            } else if (c == ',' && !quoted) {
                f++;
            }
        }
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at + 1;
    }

    /** Line {@code number} (1-based) of the file without its line break or a leading byte-order mark, or null. */
    private static String line(Path file, long number) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text = null;
            for (long i = 0; i < number; i++) {
                text = in.readLine();
                if (text == null) {
                    return null;
                }
            }
            return number == 1 && !text.isEmpty() && text.charAt(0) == Utf8.BOM ? text.substring(1) : text;
        } catch (IOException e) {
            return null; // the error is still reported, at its line
        }
    }
}
