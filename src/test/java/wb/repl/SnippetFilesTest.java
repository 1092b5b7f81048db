package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import wb.session.SnippetSource;

class SnippetFilesTest {
    @Test
    void aScriptHasEachSnippetOnItsOwnLines() {
        assertThat(SnippetFiles.script(List.of(SnippetSource.of("int a = 1;"), SnippetSource.of("void f() {\n}"),
                SnippetSource.of("a + 1")))).isEqualTo("int a = 1;\nvoid f() {\n}\na + 1\n");
    }
}
