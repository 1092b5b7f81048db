package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import wb.session.Outcome;
import wb.session.SnippetSource;

class OutcomePrinterTest {
    private final StringWriter written = new StringWriter();
    private final OutcomePrinter printer = new OutcomePrinter(new PrintWriter(written), new Palette(false));
    private static final SnippetSource TYPED = new SnippetSource("w", "#4", 1, 1);

    private String print(Outcome outcome, OutcomePrinter.Echo echo) {
        printer.print(outcome, echo);
        return written.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void aValueIsNamedAndItsFurtherLinesAlignUnderItsFirst() {
        Outcome value = new Outcome.Value(TYPED, Outcome.ValueKind.DECLARATION, "w", "Vec", "[[3.1 ]\n [2.05]]", null, false);
        assertThat(print(value, OutcomePrinter.Echo.ALL)).isEqualTo("w ==> [[3.1 ]\n       [2.05]]\n");
    }

    @Test
    void fromAFileOnlyBareExpressionsAndVariablesEchoAsAScriptDoes() {
        assertThat(print(new Outcome.Value(TYPED, Outcome.ValueKind.DECLARATION, "w", "int", "1", 1, false),
                OutcomePrinter.Echo.SCRIPT)).isEmpty();
        assertThat(print(new Outcome.Value(TYPED, Outcome.ValueKind.EXPRESSION, "$7", "int", "2", 2, false),
                OutcomePrinter.Echo.SCRIPT)).isEqualTo("2\n");
        assertThat(print(new Outcome.Declared(TYPED, "method f()", false, List.of()), OutcomePrinter.Echo.SCRIPT))
                .isEqualTo("2\n");
    }

    @Test
    void aFigureThatWasShownIsNotEchoed() {
        assertThat(print(new Outcome.Value(TYPED, Outcome.ValueKind.EXPRESSION, "$2", "Figure", "Figure 'mse'", null,
                true), OutcomePrinter.Echo.ALL)).isEmpty();
    }

    @Test
    void declarationsAreBriefAndImportsSilent() {
        print(new Outcome.Declared(TYPED, "method twice(double)", false, List.of()), OutcomePrinter.Echo.ALL);
        print(new Outcome.Declared(TYPED, "class Point", true, List.of()), OutcomePrinter.Echo.ALL);
        print(new Outcome.Declared(TYPED, "import java.time.*", false, List.of()), OutcomePrinter.Echo.ALL);
        assertThat(print(new Outcome.Declared(TYPED, "method g()", false, List.of("method h()")),
                OutcomePrinter.Echo.ALL)).isEqualTo("created method twice(double)\nreplaced class Point\n"
                + "created method g(), but it cannot be used until method h() is declared\n");
    }

    @Test
    void aCompileErrorShowsItsLineWithACaretAndWhereItIsOutsideTheTypedLine() {
        SnippetSource typed = new SnippetSource("int a =\n  1 + nope;", "#2", 1, 1);
        String text = print(new Outcome.CompileError(typed, "cannot find symbol: variable nope", typed.position(14)),
                OutcomePrinter.Echo.ALL);
        assertThat(text).isEqualTo("line 2: error: cannot find symbol: variable nope\n      1 + nope;\n          ^\n");
        SnippetSource file = new SnippetSource("x +", "fit.jsh", 7, 3);
        assertThat(print(new Outcome.CompileError(file, "illegal start of expression", file.position(3)),
                OutcomePrinter.Echo.SCRIPT)).as("the line as it stands in the file, from column 1")
                .endsWith("fit.jsh:7:6: error: illegal start of expression\n      x +\n         ^\n");
    }

    @Test
    void anExceptionShowsTypeMessageAndUserFrames() {
        Outcome.RuntimeError error = new Outcome.RuntimeError(TYPED, "java.lang.IllegalArgumentException",
                "lambda must be >= 0, got -1", TYPED.position(0), List.of("fit (#3:2)", "#4:1"), "full trace");
        assertThat(print(error, OutcomePrinter.Echo.ALL)).isEqualTo(
                "IllegalArgumentException: lambda must be >= 0, got -1\n    at fit (#3:2)\n    at #4:1\n"
                + "    (/trace shows the whole stack trace)\n");
    }

    @Test
    void aStoppedSnippetAndAnExitCallSaySoAndHowToGoOn() {
        assertThat(print(new Outcome.Stopped(TYPED), OutcomePrinter.Echo.ALL))
                .isEqualTo("\nstopped (Ctrl-C) — variables defined before it keep their values\n");
        assertThat(print(new Outcome.ExitRequested(TYPED, 3), OutcomePrinter.Echo.ALL)).endsWith(
                "the snippet called System.exit(3); the workbench keeps running — leave with /exit or Ctrl-D\n");
    }
}
