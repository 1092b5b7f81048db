package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JavaLexerTest {
    /** The tokens as {@code KIND:text}. */
    private static List<String> lex(String text) {
        return JavaLexer.tokens(text).stream()
                .map(t -> t.kind() + ":" + text.substring(t.start(), t.end()))
                .collect(Collectors.toList());
    }

    @Test
    void findsKeywordsStringsNumbersAndComments() {
        assertThat(lex("final var w = ridge(1e3, 0x1F, .5f, 1_000L); // fit \"it\""))
                .containsExactly("KEYWORD:final", "KEYWORD:var", "NUMBER:1e3", "NUMBER:0x1F", "NUMBER:.5f",
                        "NUMBER:1_000L", "COMMENT:// fit \"it\"");
        assertThat(lex("String s = \"a \\\" b\" + 'c' /* x */ + null"))
                .containsExactly("STRING:\"a \\\" b\"", "STRING:'c'", "COMMENT:/* x */", "KEYWORD:null");
    }

    @Test
    void identifiersContainingKeywordsOrDigitsAreNotColoured() {
        assertThat(lex("int x1 = interval + this.new1 + obj.class")).containsExactly("KEYWORD:int", "KEYWORD:this");
    }

    @Test
    void unfinishedPiecesEndWhereTheUserStoppedTyping() {
        assertThat(lex("\"open\nx /* still")).containsExactly("STRING:\"open", "COMMENT:/* still");
        assertThat(lex("\"\"\"\n  block \" quote\n  \"\"\" + 1"))
                .containsExactly("STRING:\"\"\"\n  block \" quote\n  \"\"\"", "NUMBER:1");
    }

    @Test
    void aLeadingCommandIsOneTokenAndItsArgumentIsNotJava() {
        assertThat(lex("/open if.jsh")).containsExactly("COMMAND:/open");
        assertThat(lex("/ 2")).as("a slash without a name is Java").containsExactly("NUMBER:2");
    }
}
