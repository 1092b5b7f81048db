package wb.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wb.numeric.kernel.ProgressListener;

class CsvTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return f;
    }

    private void assertLoadFails(String content, String target, String message) throws Exception {
        Path f = write("bad.csv", content);
        assertThatThrownBy(() -> Csv.load(f, target, ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(f + message);
    }

    @Test
    void loadsTheTargetByNameOrTheLastColumn() throws Exception {
        Path f = write("ok.csv", "a,price,b\n1,10,2\n3,30.5,-4e-1\n");
        Dataset last = Csv.load(f, null, ProgressListener.NONE);
        assertThat(last.target()).isEqualTo("b");
        assertThat(last.y().toArray()).containsExactly(2, -0.4);
        Dataset byName = Csv.load(f, "price", ProgressListener.NONE);
        assertThat(byName.columns()).containsExactly("a", "b");
        assertThat(byName.x().toArray()).containsExactly(1, 2, 3, -0.4);
        assertThat(byName.toString()).contains("source=" + f).contains("target=price");
    }

    @Test
    void errorsNameFileLineAndColumn() throws Exception {
        assertLoadFails("a,b,c\n1,2,3\n4,5\n", null, ":3: the row has 2 values but the header has 3 columns");
        assertLoadFails("a,b\n1,2\n3,abc\n", null,
                ":3:3: 'abc' in column 'b' is not a number; expected a decimal number such as 3.14 or -2e-3");
        assertLoadFails("a,b\nNaN,2\n", null, ":2:1: 'NaN' in column 'a' is not allowed; values must be finite numbers");
        assertLoadFails("a,b\n1,-inf\n", null, ":2:3: '-inf' in column 'b' is not allowed; values must be finite numbers");
        assertLoadFails("a,b\n1,1e999\n", null,
                ":2:3: '1e999' in column 'b' overflows to infinity; values must be finite numbers");
        assertLoadFails("", null, ": the file is empty; expected a header row naming the columns, then one row of"
                + " numbers per sample");
        assertLoadFails("a,b\n", null, ": the file has a header but no data rows; expected one row of numbers per"
                + " sample after the header");
        assertLoadFails("a,b\n1,2\n", "price", ": there is no column named 'price'; the columns are: a, b");
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> Csv.load(missing, null, ProgressListener.NONE)).hasMessage(missing + ": no such file");
    }

    @Test
    void aBadCellIsNamedAtTheCharacterColumnAnEditorJumpsTo() throws Exception {
        // the field's first character, 1-based, past the spaces the reader trims, quotes and commas inside them counted
        assertLoadFails("price,size,y\n10.5,20,30\n1.25, 3.5e1,abc\n", null, ":3:13: 'abc' in column 'y' is not a number; expected a decimal number such as 3.14 or -2e-3");
        assertLoadFails("name,b\n\"1,5\",2\n", null, ":2:1: '1,5' in column 'name' is not a number; expected a decimal number such as 3.14 or -2e-3");
        assertLoadFails("a,b,c\n\"7\",  NaN,1\n", null, ":2:7: 'NaN' in column 'b' is not allowed; values must be finite numbers");
        assertLoadFails("a,b\r\n100,1e999\r\n", null, ":2:5: '1e999' in column 'b' overflows to infinity; values must be finite numbers");
        assertLoadFails("long,a,long\n1,2,3\n", null, ":1:8: the column name 'long' appears twice; column names must be unique");
        assertLoadFails("\uFEFFa,,c\n1,2,3\n", null, ":1:3: column 2 has an empty name; every column needs a name in the header");
    }

    @Test
    void aQuoteNeverClosedIsNamedAtTheLineItOpensOn() throws Exception {
        assertLoadFails("x,y\n1,2\n\"3,4\n5,6\n", null,
                ":3: a quoted value starts on this line and is never closed; a quote inside a quoted value is written twice (\"\")");
    }

    @Test
    void saveReplacesAtomicallyAndLeavesNoTemporaryFile() throws Exception {
        Dataset d = Dataset.of(Mat.of(2, 1, 0.1, 1e-20), Vec.of(3, -0.0));
        Path f = dir.resolve("out.csv");
        Files.writeString(f, "old");
        Csv.save(d, f);
        assertThat(Files.readString(f)).isEqualTo("x1,y\n0.1,3.0\n1e-20,-0.0\n");
        try (var s = Files.list(dir)) {
            assertThat(s).containsExactly(f);
        }
    }

    @Test
    void aUtf8ByteOrderMarkIsNotPartOfTheFirstColumnsName() throws Exception {
        Path f = write("bom.csv", "\uFEFFx,y\n1,2\n3,4\n");
        Dataset d = Csv.load(f, "y", ProgressListener.NONE);
        assertThat(d.columns()).containsExactly("x");
        assertThat(Csv.load(f, null, ProgressListener.NONE).columns()).containsExactly("x");
        Path quoted = write("bom-quoted.csv", "\uFEFF\"x\",y\n1,2\n");
        assertThat(Csv.load(quoted, "y", ProgressListener.NONE).columns()).containsExactly("x");
    }

    @Test
    void aFileThatIsNotUtf8IsRejectedNamingTheLineTheByteAndTheEncodingItLooksLike() throws Exception {
        Path f = dir.resolve("latin1.csv");
        Files.write(f, "city,y\nParis,1\nZ\u00fcrich,2\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Csv.load(f, null, ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(f + ":3:2: byte 0xFC is not UTF-8 (the file looks like Latin-1 or Windows-1252); wb reads"
                        + " UTF-8: convert the file, e.g. iconv -f LATIN1 -t UTF-8");
        Path utf16 = dir.resolve("utf16.csv");
        Files.write(utf16, "x,y\n1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        byte[] withBom = new byte[Files.readAllBytes(utf16).length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(Files.readAllBytes(utf16), 0, withBom, 2, withBom.length - 2);
        Files.write(utf16, withBom);
        assertThatThrownBy(() -> Csv.load(utf16, null, ProgressListener.NONE))
                .hasMessageStartingWith(utf16 + ":1:1: byte 0xFF is not UTF-8")
                .hasMessageContaining("it is UTF-16").hasMessageEndingWith("iconv -f UTF-16 -t UTF-8");
    }
}
