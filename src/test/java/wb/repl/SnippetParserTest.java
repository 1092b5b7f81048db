package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;

class SnippetParserTest {
    private final List<String> asked = new ArrayList<>();
    private final SnippetParser parser = new SnippetParser(text -> {
        asked.add(text);
        return text.endsWith("{");
    });

    @Test
    void anUnfinishedSnippetAtEnterAsksForMoreLines() {
        assertThatThrownBy(() -> parser.parse("void f() {", 10, ParseContext.ACCEPT_LINE))
                .isInstanceOf(EOFError.class);
        assertThat(parser.parse("void f() {}", 11, ParseContext.ACCEPT_LINE).line()).isEqualTo("void f() {}");
        assertThat(asked).containsExactly("void f() {", "void f() {}");
    }

    @Test
    void commandsBlankLinesAndCompletionNeverWaitForMore() {
        parser.parse("/open {", 7, ParseContext.ACCEPT_LINE);
        parser.parse("   ", 3, ParseContext.ACCEPT_LINE);
        parser.parse("void f() {", 10, ParseContext.COMPLETE);
        assertThat(asked).isEmpty();
    }

    @Test
    void backslashesAreNeverTheEditorsEscapes() {
        assertThat(parser.isEscapeChar('\\')).isFalse();
    }

    @Test
    void theWordInJavaIsTheIdentifierBeforeTheCursor() {
        SnippetLine line = (SnippetLine) parser.parse("var w = ridge(1e3).fi", 21, ParseContext.COMPLETE);
        assertThat(line.place()).isEqualTo(SnippetLine.Place.JAVA);
        assertThat(line.word()).isEqualTo("fi");
        assertThat(line.wordStart()).isEqualTo(19);
        assertThat(((SnippetLine) parser.parse("ridge(1e3).", 11, ParseContext.COMPLETE)).word()).isEmpty();
        assertThat(((SnippetLine) parser.parse("Math.ab + 1", 7, ParseContext.COMPLETE)).word()).isEqualTo("ab");
    }

    @Test
    void theWordOfACommandIsItsNameOrItsWholeArgument() {
        SnippetLine name = (SnippetLine) parser.parse("/op", 3, ParseContext.COMPLETE);
        assertThat(name.place()).isEqualTo(SnippetLine.Place.COMMAND_NAME);
        assertThat(name.word()).isEqualTo("/op");
        SnippetLine argument = (SnippetLine) parser.parse("/open  my dir/da", 16, ParseContext.COMPLETE);
        assertThat(argument.place()).isEqualTo(SnippetLine.Place.COMMAND_ARGUMENT);
        assertThat(argument.command()).isEqualTo("/open");
        assertThat(argument.word()).isEqualTo("my dir/da");
    }

    @Test
    void aCommentOrADivisionIsJavaNotACommand() {
        assertThat(((SnippetLine) parser.parse("// note", 7, ParseContext.COMPLETE)).place())
                .isEqualTo(SnippetLine.Place.JAVA);
        assertThat(((SnippetLine) parser.parse("x\n/open", 7, ParseContext.COMPLETE)).place())
                .isEqualTo(SnippetLine.Place.JAVA);
    }
}
