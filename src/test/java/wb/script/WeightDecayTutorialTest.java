package wb.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/weight-decay.md walks through scripts/weight-decay.jsh. This reruns the script and checks
 * that the document still tells the truth: its output blocks, in order, are exactly what the
 * script prints; its code blocks are the script's code; its pictures are the script's figures
 * (by checksum or within the pixel tolerance wb test uses).
 */
class WeightDecayTutorialTest {
    private static final Path SCRIPT = Path.of("scripts/weight-decay.jsh");
    private static final Path DOC = Path.of("docs/weight-decay.md");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^]]*]\\((img/weight-decay/[^)]+)\\)");

    @TempDir
    static Path out;

    private static ScriptRun run;
    private static String doc;

    @BeforeAll
    static void runTheScript() throws IOException {
        run = ScriptRun.capture(SCRIPT, SCRIPT.toString(), 0, out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        doc = Files.readString(DOC, StandardCharsets.UTF_8);
    }

    private static List<String> blocks(String language) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(doc);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void theScriptRunsCleanly() {
        assertThat(run.exitStatus()).isZero();
    }

    @Test
    void theOutputBlocksAreWhatTheScriptPrints() {
        List<String> documented = new ArrayList<>();
        for (String block : blocks("text")) {
            documented.addAll(Transcript.lines(block));
        }
        assertThat(documented).containsExactlyElementsOf(run.output());
    }

    @Test
    void theCodeBlocksAreTheScriptsCode() throws IOException {
        String script = Files.readString(SCRIPT, StandardCharsets.UTF_8);
        List<String> code = blocks("java");
        assertThat(code).isNotEmpty();
        for (String block : code) {
            assertThat(script).as("the script should contain\n" + block).contains(block);
        }
    }

    @Test
    void thePicturesAreTheScriptsFigures() throws IOException {
        List<String> pictures = new ArrayList<>();
        Matcher m = IMAGE.matcher(doc);
        while (m.find()) {
            pictures.add(m.group(1));
        }
        assertThat(pictures).extracting(p -> Path.of(p).getFileName().toString())
                .containsExactlyElementsOf(run.figures().stream().map(p -> p.getFileName().toString()).toList());
        for (int i = 0; i < pictures.size(); i++) {
            FigureComparison.Verdict verdict = FigureComparison.compare(Path.of("docs").resolve(pictures.get(i)),
                    run.figures().get(i));
            assertThat(verdict.matches()).as(pictures.get(i) + ": " + verdict.detail()).isTrue();
        }
    }
}
