package wb.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetSourceTest {

    @Test
    void aCaretSitsUnderTheColumnOfTheLineAsWritten() {
        SnippetSource.Position p = new SnippetSource.Position("t.jsh", 3, 13, "int x = 1 + nope;", 1);
        assertThat(p.caret("    ")).isEqualTo("    int x = 1 + nope;\n                ^");
        SnippetSource.Position indented = new SnippetSource.Position("t.jsh", 3, 9, "x + nope;", 5);
        assertThat(indented.caret("")).isEqualTo("    x + nope;\n        ^");
    }

    @Test
    void aLineOfThousandsOfCharactersIsShownAroundTheColumnWithItsCutsMarked() {
        // Before, a compile error in a generated 3.6 MB line printed all of it.
        String line = "a".repeat(4999) + "X" + "b".repeat(5000);
        String[] shown = new SnippetSource.Position("t.jsh", 1, 5000, line, 1).caret("  ").split("\n");
        assertThat(shown[0]).startsWith("  …a").endsWith("b…").hasSizeLessThan(130);
        assertThat(shown[1].indexOf('^')).isEqualTo(shown[0].indexOf('X'));
        String[] atStart = new SnippetSource.Position("t.jsh", 1, 1, line, 1).caret("").split("\n");
        assertThat(atStart[0]).startsWith("aaa").endsWith("a…").hasSizeLessThan(130);
        assertThat(atStart[1]).isEqualTo("^");
        String[] atEnd = new SnippetSource.Position("t.jsh", 1, line.length(), line, 1).caret("").split("\n");
        assertThat(atEnd[0]).startsWith("…b").endsWith("bbb");
        assertThat(atEnd[1].indexOf('^')).isEqualTo(atEnd[0].length() - 1);
    }
}
