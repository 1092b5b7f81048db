package wb.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocIndexGeneratorTest {
    private static final Path FIXTURE_DIR = Path.of("src/test/java/wb/session/fixture");

    @Test
    void indexesThePublicStaticMethodsOfPublicClassesInSourceOrder() throws Exception {
        List<HelperDocs.Entry> entries = DocIndexGenerator.extract(List.of(FIXTURE_DIR.resolve("DocFacade.java")));
        assertThat(entries).extracting(HelperDocs.Entry::owner).containsOnly("DocFacade");
        assertThat(entries).extracting(HelperDocs.Entry::signature).containsExactly(
                "int twice(int x)",
                "double[] twice(double... xs)",
                "<T extends Comparable<T>> T larger(T a, T b)");
    }

    @Test
    void rendersTheJavadocAsPlainTextWithFormulaExampleAndTags() throws Exception {
        List<HelperDocs.Entry> entries = DocIndexGenerator.extract(List.of(FIXTURE_DIR.resolve("DocFacade.java")));
        assertThat(entries.get(0).text()).isEqualTo(
                "Twice a number: 2·x.\n\n"
                + "Example: twice(21) gives 42\n\n"
                + "Parameters:\n  x  the number, any <int>\n\n"
                + "Returns: 2·x");
        assertThat(entries.get(1).text()).isEqualTo(
                "Twice every entry: yᵢ = 2·xᵢ for i = 1..n, see twice(int).\n\n"
                + "  twice(1.0, 2.5)   // [2.0, 5.0]\n\n"
                + "- empty input is an error\n- NaN stays NaN\n\n"
                + "Parameters:\n  xs  the numbers\n\n"
                + "Throws:\n  IllegalArgumentException  when xs is empty");
        assertThat(entries.get(2).text()).isEmpty();
    }

    @Test
    void writesAnIndexThatHelperDocsReads(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("classes/wb/session/helper-docs.txt");
        DocIndexGenerator.write(Path.of("src/test/java"), List.of("wb.session.fixture.DocFacade"), out);
        HelperDocs docs = HelperDocs.decode(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(docs.names()).containsExactly("larger", "twice");
        assertThat(docs.lookup("twice")).hasSize(2);
        assertThat(Files.list(out.getParent())).containsExactly(out);
    }

    @Test
    void aFacadeWithoutASourceIsABuildErrorNamingIt(@TempDir Path dir) {
        assertThatThrownBy(() -> DocIndexGenerator.write(Path.of("src/test/java"),
                List.of("wb.session.fixture.DocFacade", "wb.session.fixture.NoSuchFacade"), dir.resolve("index.txt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wb.session.fixture.NoSuchFacade has no source");
        assertThat(dir.resolve("index.txt")).doesNotExist();
    }

    @Test
    void mainRejectsAWrongNumberOfArguments() {
        assertThatThrownBy(() -> DocIndexGenerator.main(new String[] {"only-one"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("usage: DocIndexGenerator SOURCE_ROOT OUTPUT_FILE");
    }
}
