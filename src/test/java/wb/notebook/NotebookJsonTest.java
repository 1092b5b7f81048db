package wb.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotebookJsonTest {
    private static final List<Cell> CELLS = List.of(
            new Cell.Markdown("## Title\nText."),
            new Cell.Code("int a = 1;\na", 1, List.of(
                    new Output.Stream("stdout", "one\ntwo\n"),
                    new Output.DisplayData(Map.of("text/plain", "x", "image/png", "iVBOR")),
                    new Output.ExecuteResult(1, Map.of("text/plain", "1")))),
            new Cell.Code("boom()", 2, List.of(new Output.Error("CompileError", "no", List.of("In[2]:1:1: error: no")))),
            new Cell.Code("later()", null, List.of()));

    @Test
    void textIsSplitIntoLinesWithTheirEndsAndBase64StaysOneString() {
        JsonArray cells = JsonParser.parseString(NotebookJson.write(CELLS)).getAsJsonObject().getAsJsonArray("cells");
        JsonObject code = cells.get(1).getAsJsonObject();
        assertThat(code.getAsJsonArray("source").toString()).isEqualTo("[\"int a = 1;\\n\",\"a\"]");
        JsonArray outputs = code.getAsJsonArray("outputs");
        assertThat(outputs.get(0).getAsJsonObject().getAsJsonArray("text").toString())
                .isEqualTo("[\"one\\n\",\"two\\n\"]");
        assertThat(outputs.get(1).getAsJsonObject().getAsJsonObject("data").get("image/png").getAsString())
                .isEqualTo("iVBOR");
        assertThat(outputs.get(2).getAsJsonObject().get("execution_count").getAsInt()).isEqualTo(1);
    }

    @Test
    void cellsHaveNumberedIdsAndACellThatDidNotRunHasANullCount() {
        JsonObject notebook = JsonParser.parseString(NotebookJson.write(CELLS)).getAsJsonObject();
        assertThat(notebook.get("nbformat").getAsInt()).isEqualTo(4);
        assertThat(notebook.get("nbformat_minor").getAsInt()).isEqualTo(5);
        JsonArray cells = notebook.getAsJsonArray("cells");
        assertThat(cells.get(0).getAsJsonObject().get("id").getAsString()).isEqualTo("cell-001");
        assertThat(cells.get(3).getAsJsonObject().get("execution_count").isJsonNull()).isTrue();
        assertThat(notebook.getAsJsonObject("metadata").getAsJsonObject("kernelspec").get("name").getAsString())
                .isEqualTo("wb");
    }

    @Test
    void theSameCellsGiveTheSameBytesWithSortedKeys() {
        String text = NotebookJson.write(CELLS);
        assertThat(NotebookJson.write(CELLS)).isEqualTo(text);
        assertThat(text.indexOf("\"cells\"")).isLessThan(text.indexOf("\"metadata\": {\n  \"kernelspec\""));
        assertThat(text).endsWith("}\n");
    }

    @Test
    void theHtmlReportEscapesTextAndEmbedsImages() {
        String html = HtmlReport.write("a <b>", CELLS);
        assertThat(html).contains("<title>a &lt;b&gt;</title>", "<h2>Title</h2>",
                "src=\"data:image/png;base64,iVBOR\"", "In [2]:", "In [ ]:", "<pre class=\"error\">");
        assertThat(html).doesNotContain("http://", "https://");
    }
}
