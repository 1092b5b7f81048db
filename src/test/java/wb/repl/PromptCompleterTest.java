package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wb.session.CommandTable;
import wb.session.Completions;
import wb.session.Interpreter;

class PromptCompleterTest {
    @TempDir
    Path dir;

    private List<Candidate> complete(String line, Completions java) {
        PromptCompleter completer = new PromptCompleter((text, cursor) -> java, CommandTable.declaredFor(Interpreter.Place.PROMPT),
                () -> List.of("ridge", "mse"), new FileNames(dir));
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, SnippetLine.of(line, line.length()), candidates);
        return candidates;
    }

    @Test
    void javaCompletionsReplaceTheWordWithoutASpaceAfter() {
        List<Candidate> candidates = complete("var w = rid", new Completions(8, List.of("ridge(")));
        assertThat(candidates).extracting(Candidate::value).containsExactly("ridge(");
        assertThat(candidates).extracting(Candidate::complete).containsExactly(false);
    }

    @Test
    void anAnchorBeforeOrAfterTheWordIsReconciled() {
        assertThat(PromptCompleter.replacementOfWord("a.b", 2, 2, "bc")).isEqualTo("bc");
        assertThat(PromptCompleter.replacementOfWord("new java.util.Li", 14, 4, "java.util.List"))
                .isEqualTo("List");
        assertThat(PromptCompleter.replacementOfWord("x = @Ann", 5, 4, "@Annotation")).isEqualTo("Annotation");
        assertThat(PromptCompleter.replacementOfWord("ab", 0, 1, "bc")).isEqualTo("abc");
        assertThat(PromptCompleter.replacementOfWord("xy.ab", 3, 1, "zz")).isNull();
    }

    @Test
    void commandNamesCompleteWithASpaceAfterAndTheirSummary() {
        List<Candidate> candidates = complete("/", new Completions(0, List.of()));
        assertThat(candidates).extracting(Candidate::value).contains("/open", "/save", "/doc", "/exit");
        assertThat(candidates).allMatch(Candidate::complete);
        assertThat(candidates).filteredOn(c -> c.value().equals("/open")).extracting(Candidate::descr)
                .containsExactly("run FILE's snippets in this session");
    }

    @Test
    void openAndSaveCompleteFileNamesAndDocCompletesHelperNames() throws Exception {
        Files.writeString(dir.resolve("demo.jsh"), "");
        Files.createDirectories(dir.resolve("data"));
        assertThat(complete("/open d", new Completions(0, List.of()))).extracting(Candidate::value)
                .containsExactly("data/", "demo.jsh");
        assertThat(complete("/sa d", new Completions(0, List.of()))).extracting(Candidate::complete)
                .containsExactly(false, true);
        assertThat(complete("/doc ", new Completions(0, List.of()))).extracting(Candidate::value)
                .containsExactly("ridge", "mse");
        assertThat(complete("/seed ", new Completions(0, List.of()))).isEmpty();
    }
}
