package wb.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wb.numeric.kernel.ProgressListener;

/**
 * The fast reader of plain CSV reads what Commons CSV reads: the same data set to the bit, or the
 * same error word for word; and it leaves every file that is not plain to Commons CSV.
 */
class PlainCsvTest {
    @TempDir
    Path dir;
    private int files;

    /** What one reader made of a file: a data set's columns, target and bits, or an error's message. */
    private record Reading(String error, List<String> columns, String target, double[] x, double[] y) {
        static Reading of(Path file, String target, boolean plain) {
            try {
                Dataset d = plain ? Csv.load(file, target, ProgressListener.NONE)
                        : Csv.loadAnyCsv(file, target, Files.size(file), ProgressListener.NONE);
                return new Reading(null, d.columns(), d.target(), d.xRaw(), d.yRaw());
            } catch (IllegalArgumentException e) {
                return new Reading(e.getMessage(), null, null, null, null);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private Path write(byte[] content) throws Exception {
        Path f = dir.resolve("f" + files++ + ".csv");
        Files.write(f, content);
        return f;
    }

    /** Asserts that the fast reader takes the file and reads it as Commons CSV does; returns the error, or null. */
    private String assertReadAlike(String content, String target) throws Exception {
        return assertReadAlike(content.getBytes(StandardCharsets.ISO_8859_1), target);
    }

    private String assertReadAlike(byte[] content, String target) throws Exception {
        Path f = write(content);
        Reading fast = Reading.of(f, target, true);
        Reading general = Reading.of(f, target, false);
        String shown = new String(content, 0, Math.min(content.length, 80), StandardCharsets.ISO_8859_1);
        assertThat(fast.error()).as("error for %s", shown).isEqualTo(general.error());
        if (fast.error() == null) {
            assertThat(fast.columns()).as(shown).isEqualTo(general.columns());
            assertThat(fast.target()).as(shown).isEqualTo(general.target());
            assertThat(bits(fast.x())).as("X of %s", shown).isEqualTo(bits(general.x()));
            assertThat(bits(fast.y())).as("y of %s", shown).isEqualTo(bits(general.y()));
            // It was the fast reader that read it, not Commons CSV after it declined.
            assertThat(PlainCsv.read(f, target, Files.size(f), ProgressListener.NONE)).as(shown).isNotNull();
        }
        return fast.error();
    }

    private static long[] bits(double[] values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return bits;
    }

    @Test
    void everyFormOfDecimalReadsToTheSameBitsAsCommonsCsvAndTheJdkParser() throws Exception {
        String[] cells = {"0", "-0", "+0.0", "007", "1.", ".5", "-.5e-3", "+1E+5", "1e-5", "3.14159",
                "12345678901234567890123", "0.1234567890123456789012", "1.0000000000000000000000001",
                "9007199254740993", "4.9e-324", "2.4703282292062328e-324", "2.4703282292062329e-324",
                "1.7976931348623157e308", "1e-400", "0.000000000000000000000000000001", "1e00000000000000000000009",
                "  42  ", "\t-1\t", "123456789012345678e-10"};
        for (String cell : cells) {
            assertThat(assertReadAlike("a,b\n" + cell + ",1\n", null)).as(cell).isNull();
        }
    }

    @Test
    void everyCellThatIsNotAFiniteDecimalGetsCommonsCsvsErrorWordForWord() throws Exception {
        String[] cells = {"", " ", "abc", "nan", "NaN", "-inf", "Infinity", "1e999", "-1.8e308", "0x10", "1e", "e5",
                ".", "-", "+", "1.2.3", "1e5.5", "1 2", "1d", "1f", "--1", "\u0001", "12345678901234567890123x"};
        for (String cell : cells) {
            assertThat(assertReadAlike("a,b\n1,2\n3," + cell + "\n", null)).as("'%s'", cell).isNotNull();
        }
    }

    @Test
    void headersLinesAndRowsReadAsCommonsCsvReadsThem() throws Exception {
        String[] files = {
            "a,b\n1,2\n", "a,b\r\n1,2\r\n3,4\r\n", "\u00ef\u00bb\u00bfa,b\n1,2\n", "a,b\n1,2", "a,b\n1,2\r",
            "\n\n a , b \n\n1,2\n\n\n3,4\n\n", "a,b\n1,2\n  \n", "a,b\n1,2\n3\n", "a,b\n1,2,3\n", "a,b\n,\n",
            "", "\n\n", "a,b\n", "a\n1\n", "a,\n1,2\n", "a,a\n1,2\n", " \n1,2\n", "x,y,z\n1,2,3\n4,5,6",
            "a,b\n1,2\n3,4\n\r\n5,6\n",
        };
        for (String file : files) {
            assertReadAlike(file, null);
            assertReadAlike(file, "a");
            assertReadAlike(file, "nope");
        }
    }

    @Test
    void aHeaderWithQuotesOrUtf8NamesAsRWritesItIsReadAsCommonsCsvReadsIt() throws Exception {
        String[] files = {
            "\"x\",\"y\"\n1,2\n", "\"price, in \u20ac\",\"a \"\"b\"\"\",y\n1,2,3\n", "\u03bb,temp\u00e9rature\n1,2\n",
            "\ufeff\"\u03bb\", y \n1,2\n", "\"a\",\"a\"\n1,2\n", "\"a\", \"\" \n1,2\n", "\"x\",\"y\"\n1,abc\n",
        };
        for (String file : files) {
            assertReadAlike(file.getBytes(StandardCharsets.UTF_8), null);
            assertReadAlike(file.getBytes(StandardCharsets.UTF_8), "y");
        }
    }

    @Test
    void aFileThatIsNotPlainIsLeftToCommonsCsv() throws Exception {
        String[] files = {
            "a,b\n1,\"2\"\n", "a,b\n1,2\r3,4\n", "a,b\n\u00e9,2\n", "a,b\n1,2\n3,\"4\n",
            "\"a\nb\",c\n1,2\n", "a\"b,\"c\nd\"\n1,2\n", "\"a\rb\",c\n1,2\n",
        };
        for (String file : files) {
            Path f = write(file.getBytes(StandardCharsets.UTF_8));
            assertThat(PlainCsv.read(f, null, Files.size(f), ProgressListener.NONE)).as(file).isNull();
        }
        Path latin1 = write("caf\u00e9,y\n1,2\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(PlainCsv.read(latin1, null, Files.size(latin1), ProgressListener.NONE)).isNull();
    }

    @Test
    void manyRowsOfRandomNumbersInManyFormsAcrossBufferRefillsReadAlike() throws Exception {
        SplittableRandom random = new SplittableRandom(21);
        StringBuilder csv = new StringBuilder("x1,x2,x3,x4,y\n");
        for (int i = 0; i < 60_000; i++) {
            for (int c = 0; c < 5; c++) {
                double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-30, 30));
                String cell = switch (random.nextInt(5)) {
                    case 0 -> Double.toString(v);
                    case 1 -> String.format(Locale.ROOT, "%.17g", v);
                    case 2 -> String.format(Locale.ROOT, "%.3e", v);
                    case 3 -> Long.toString((long) (v * 1e6));
                    default -> String.format(Locale.ROOT, "%.25f", v);
                };
                csv.append(random.nextInt(10) == 0 ? " " + cell + " " : cell).append(c == 4 ? "" : ",");
            }
            csv.append(random.nextInt(3) == 0 ? "\r\n" : "\n");
        }
        assertThat(assertReadAlike(csv.toString(), "x2")).isNull();
    }

    @Test
    void aLineLongerThanTheReadBufferReadsAlike() throws Exception {
        int cols = 300_000; // about 1.8 MB a line, past the 1 MB buffer
        StringBuilder csv = new StringBuilder();
        for (int c = 0; c < cols; c++) {
            csv.append(c == 0 ? "" : ",").append("c").append(c);
        }
        for (int r = 0; r < 3; r++) {
            csv.append('\n');
            for (int c = 0; c < cols; c++) {
                csv.append(c == 0 ? "" : ",").append(r * 0.5 + c);
            }
        }
        assertThat(assertReadAlike(csv.toString(), null)).isNull();
        assertThat(assertReadAlike(csv + "\n1,2\n", null)).endsWith(":5: the row has 2 values but the header has " + cols + " columns");
    }
}
