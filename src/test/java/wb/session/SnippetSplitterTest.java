package wb.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SnippetSplitterTest {
    private static JShell shell;
    private static SnippetSplitter splitter;

    @BeforeAll
    static void start() {
        shell = JShell.builder().executionEngine("local").build();
        splitter = new SnippetSplitter(shell.sourceCodeAnalysis());
    }

    @AfterAll
    static void close() {
        shell.close();
    }

    private static List<String> describe(String text) {
        return splitter.split(text, "s.jsh").stream().map(input -> {
            if (input instanceof Input.Code) {
                SnippetSource s = ((Input.Code) input).source();
                return s.line() + ":" + s.column() + " " + s.code();
            }
            Input.Command c = (Input.Command) input;
            return c.line() + " " + c.name() + "|" + c.arguments();
        }).collect(Collectors.toList());
    }

    @Test
    void aLineWithoutSemicolonEndsItsSnippet() {
        assertThat(describe("int x = 1\nx + 1\n")).containsExactly("1:1 int x = 1;", "2:1 x + 1");
    }

    @Test
    void blankLinesAndCommentsAreSkippedAndPositionsPointAtTheCode() {
        assertThat(describe("// header\n\n   /* note */ double d = 2;\n"))
                .containsExactly("3:15 double d = 2;");
    }

    @Test
    void anOpenBlockContinuesOnTheNextLines() {
        assertThat(describe("void m() {\n  int a = 1;\n}\nm();"))
                .containsExactly("1:1 void m() {\n  int a = 1;\n}", "4:1 m();");
        assertThat(splitter.needsMoreInput("void m() {\n  int a = 1;")).isTrue();
        assertThat(splitter.needsMoreInput("int y =")).isTrue();
        assertThat(splitter.needsMoreInput("int y = 2")).isFalse();
    }

    @Test
    void severalSnippetsOnOneLineAreSeparate() {
        assertThat(describe("int a = 1; int b = 2;")).containsExactly("1:1 int a = 1;", "1:12 int b = 2;");
    }

    @Test
    void positionsStayRightForSnippetsSharingLinesAfterABlockOfSeveralLines() {
        assertThat(describe("void m() {\n}\nint a = 1; int b = 2;\n  int c = 3; /* x */ int d = 4;\n\n\n  m();"))
                .containsExactly("1:1 void m() {\n}", "3:1 int a = 1;", "3:12 int b = 2;", "4:3 int c = 3;",
                        "4:22 int d = 4;", "7:3 m();");
    }

    @Test
    void aLeadingDotContinuesTheChainAbove() {
        assertThat(describe("String s = \"a\"\n    .repeat(2)\n    // why\n    .toUpperCase();\ns"))
                .containsExactly("1:1 String s = \"a\"\n    .repeat(2)\n    // why\n    .toUpperCase();", "5:1 s");
        assertThat(splitter.needsMoreInput("x\n")).isFalse();
    }

    @Test
    void aLineStartingWithABinaryOperatorContinuesTheFormulaAbove() {
        assertThat(describe("double j = 1.0\n    + 2.0\n    * 3;\nint k = 1\n--k"))
                .containsExactly("1:1 double j = 1.0\n    + 2.0\n    * 3;", "4:1 int k = 1;", "5:1 --k");
    }

    @Test
    void commandsAreRecognisedOnlyBetweenSnippets() {
        assertThat(describe("/seed 3\nint a = 1;\n  /exit 2\n"))
                .containsExactly("1 /seed|3", "2:1 int a = 1;", "3 /exit|2");
        assertThat(describe("int a = 4\n  / 2;")).containsExactly("1:1 int a = 4\n  / 2;");
        assertThat(describe("int a = 4\n/exit")).containsExactly("1:1 int a = 4;", "2 /exit|");
    }

    @Test
    void aShebangLineIsSkipped() {
        assertThat(describe("#!/usr/bin/env wb\nint a = 1;")).containsExactly("2:1 int a = 1;");
    }

    @Test
    void anUnfinishedSnippetAtTheEndIsReturnedForItsError() {
        assertThat(describe("int a = 1;\nvoid broken() {\n  int b = 2;\n"))
                .containsExactly("1:1 int a = 1;", "2:1 void broken() {\n  int b = 2;");
    }
}
