package wb.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/plotting.md shows each notebook figure's code beside its picture; the pictures come from
 * docs/notebook-figures.jsh. This keeps the two in step: every figure expression in the document
 * is in the script word for word, is at most six lines, and has its picture.
 */
class PlottingDocsTest {

    @Test
    void theDocumentedFiguresAreTheScriptsAndShort() throws IOException {
        String doc = Files.readString(Path.of("docs/plotting.md"), StandardCharsets.UTF_8);
        String script = Files.readString(Path.of("docs/notebook-figures.jsh"), StandardCharsets.UTF_8);
        String section = doc.substring(doc.indexOf("## The notebook's figures"), doc.indexOf("## The facade"));
        List<String> figures = new ArrayList<>();
        for (String block : section.split("```java\n")) {
            int end = block.indexOf("```");
            if (end < 0) {
                continue;
            }
            String code = block.substring(0, end).strip();
            if (code.contains(".name(")) {
                figures.add(code);
            }
        }
        assertThat(figures).hasSize(5);
        for (String code : figures) {
            assertThat(code.split("\n").length).as(code).isLessThanOrEqualTo(6);
            assertThat(script).as("script has\n" + code).contains(code + ";");
            String name = code.replaceAll("(?s).*\\.name\\(\"([^\"]+)\"\\).*", "$1");
            assertThat(section).contains("](img/" + name + ".png)");
            assertThat(Path.of("docs/img/" + name + ".png")).isRegularFile();
        }
    }
}
