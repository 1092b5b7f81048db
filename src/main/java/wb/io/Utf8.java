package wb.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Strict UTF-8 text for wb's inputs (scripts, CSV files): bytes that are not UTF-8 fail with the
 * line and column of the first bad byte, what it is, and a guess at the file's real encoding,
 * instead of the JDK's {@code Input length = 1}. A leading byte-order mark is dropped.
 */
public final class Utf8 {

    /** The byte-order mark some editors put at the start of a UTF-8 file. */
    public static final char BOM = '\uFEFF';

    /** Text that is not UTF-8, and where. */
    public static final class NotUtf8Exception extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final long line;
        private final long column;
        private final String reason;

        NotUtf8Exception(long line, long column, String reason) {
            this.line = line;
            this.column = column;
            this.reason = reason;
        }

        /** The line of the first bad byte, from 1. */
        public long line() {
            return line;
        }

        /** Its column, in characters from 1. */
        public long column() {
            return column;
        }

        /** What is wrong and what is expected, without the place. */
        public String reason() {
            return reason;
        }

        @Override
        public String getMessage() {
            return "line " + line + ", column " + column + ": " + reason;
        }
    }

    private Utf8() {
    }

    /** A file's text: strict UTF-8, without a leading byte-order mark. */
    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    /** Bytes as strict UTF-8 text, without a leading byte-order mark. */
    public static String decode(byte[] bytes) throws NotUtf8Exception {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            try {
                NotUtf8Exception where = firstMalformed(new ByteArrayInputStream(bytes));
                throw where != null ? where : new NotUtf8Exception(1, 1, "the bytes are not UTF-8");
            } catch (NotUtf8Exception n) {
                throw n;
            } catch (IOException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    /**
     * Reads {@code in} to its end and returns where its first byte that is not UTF-8 is, or null
     * when it is all UTF-8. Streams: a file of any size is read in blocks.
     */
    public static NotUtf8Exception firstMalformed(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        byte[] head = new byte[2];
        int headLength = 0;
        long line = 1;
        long column = 1;
        boolean end = false;
        while (true) {
            if (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    end = true;
                } else {
                    for (int i = 0; i < n && headLength < 2; i++) {
                        head[headLength++] = bytes.array()[bytes.position() + i];
                    }
                    bytes.position(bytes.position() + n);
                }
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, end);
            chars.flip();
            for (int i = 0; i < chars.length(); i++) {
                if (chars.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            chars.clear();
            if (result.isError()) {
                StringBuilder bad = new StringBuilder();
                for (int i = 0; i < result.length(); i++) {
                    bad.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes.get(bytes.position() + i) & 0xff));
                }
                return new NotUtf8Exception(line, column, (result.length() == 1 ? "byte " : "bytes ") + bad
                        + " " + (result.length() == 1 ? "is" : "are") + " not UTF-8" + guess(head, headLength)
                        + "; wb reads UTF-8: convert the file, e.g. iconv -f "
                        + (utf16(head, headLength) ? "UTF-16" : "LATIN1") + " -t UTF-8");
            }
            bytes.compact();
            if (end && !result.isOverflow()) {
                return null;
            }
        }
    }

    private static boolean utf16(byte[] head, int n) {
        return n == 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
    }

    private static String guess(byte[] head, int n) {
        return utf16(head, n) ? " (the file starts with UTF-16's byte-order mark: it is UTF-16)"
                : " (the file looks like Latin-1 or Windows-1252)";
    }
}
