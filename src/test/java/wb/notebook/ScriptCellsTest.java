package wb.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import wb.session.OneSessionPerClass;

class ScriptCellsTest extends OneSessionPerClass {
    private static List<ScriptCells.Plan> plan(String... lines) {
        return ScriptCells.plan(String.join("\n", lines) + "\n", session.splitter());
    }

    @Test
    void aBlankLineBetweenSnippetsStartsANewCellAndAdjacentSnippetsShareOne() {
        List<ScriptCells.Plan> cells = plan("int a = 1;", "int b = 2;", "", "a + b");
        assertThat(cells).extracting(ScriptCells.Plan::source).containsExactly("int a = 1;\nint b = 2;", "a + b");
        assertThat(cells.get(0).firstLine()).isEqualTo(1);
        assertThat(cells.get(0).lastLine()).isEqualTo(2);
        assertThat(cells.get(1).firstLine()).isEqualTo(4);
    }

    @Test
    void aCommentBlockAboveCodeBecomesMarkdownAndADashedHeadingATitle() {
        List<ScriptCells.Plan> cells = plan("#!/usr/bin/env wb", "// ---- 1. Data ----------", "// Some `data`,",
                "// on two lines.", "dataset(10, 1)");
        assertThat(cells).extracting(ScriptCells.Plan::markdown).containsExactly(true, true, false);
        assertThat(cells).extracting(ScriptCells.Plan::source)
                .containsExactly("## 1. Data", "Some `data`,\non two lines.", "dataset(10, 1)");
    }

    @Test
    void aBlankLineInsideAMethodOrBeforeAChainedCallDoesNotCutTheSnippet() {
        List<ScriptCells.Plan> cells = plan("double f(double x) {", "    double y = x;", "", "    return y;", "}",
                "", "plot(x -> x, 0, 1)", "", "    .name(\"line\")");
        assertThat(cells).extracting(ScriptCells.Plan::source).containsExactly(
                "double f(double x) {\n    double y = x;\n\n    return y;\n}",
                "plot(x -> x, 0, 1)\n\n    .name(\"line\")");
    }

    @Test
    void aCommentBetweenSnippetsWithoutABlankLineStaysInTheCode() {
        List<ScriptCells.Plan> cells = plan("int a = 1;", "// then b", "int b = 2;");
        assertThat(cells).hasSize(1);
        assertThat(cells.get(0).source()).isEqualTo("int a = 1;\n// then b\nint b = 2;");
        assertThat(cells.get(0).lastLine()).isEqualTo(3);
    }
}
