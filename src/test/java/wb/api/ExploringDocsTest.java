package wb.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/exploring.md shows code from the scripts under scripts/, their output and their figures.
 * This keeps them in step: each Java block's lines are lines of one script in the same order,
 * each output block's lines are in that script family's recorded transcripts, and each picture
 * is byte for byte a figure the scripts' transcripts recorded.
 */
class ExploringDocsTest {
    private static final Path DOC = Path.of("docs/exploring.md");
    private static final String[] SCRIPTS = {"regularization-path", "shrinkage", "overfitting", "gradient-descent",
            "lambda-bridge", "animation"};

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static List<String[]> blocks(String doc) {
        List<String[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2)});
        }
        return out;
    }

    @Test
    void everyCodeBlockIsInAScriptAndEveryOutputInItsTranscript() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        List<List<String>> scripts = new ArrayList<>();
        StringBuilder transcripts = new StringBuilder();
        for (String s : SCRIPTS) {
            scripts.add(lines(Files.readString(Path.of("scripts/" + s + ".jsh"), StandardCharsets.UTF_8)));
            transcripts.append(Files.readString(Path.of("scripts/" + s + ".out"), StandardCharsets.UTF_8)).append('\n');
        }
        List<String> recorded = lines(transcripts.toString());
        int java = 0;
        int output = 0;
        for (String[] block : blocks(doc)) {
            List<String> code = lines(block[1]);
            if (block[0].equals("java")) {
                java++;
                assertThat(scripts.stream().anyMatch(script -> inOrder(code, script)))
                        .as("a script has these lines in this order:\n" + block[1]).isTrue();
            } else if (block[0].isEmpty()) {
                output++;
                for (String line : code) {
                    assertThat(recorded).as("a transcript has the line\n" + line).contains(line);
                }
            }
        }
        assertThat(java).isGreaterThanOrEqualTo(14);
        assertThat(output).isGreaterThanOrEqualTo(5);
    }

    private static boolean inOrder(List<String> code, List<String> script) {
        int at = 0;
        for (String line : code) {
            while (at < script.size() && !script.get(at).equals(line)) {
                at++;
            }
            if (at == script.size()) {
                return false;
            }
            at++;
        }
        return true;
    }

    @Test
    void everyPictureIsAFigureTheScriptsRecorded() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        List<byte[]> figures = new ArrayList<>();
        for (String s : SCRIPTS) {
            Path dir = Path.of("scripts/" + s + ".figures");
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        figures.add(Files.readAllBytes(f));
                    }
                }
            }
        }
        Matcher m = Pattern.compile("!\\[[^]]*]\\((img/[^)]+)\\)").matcher(doc);
        int pictures = 0;
        while (m.find()) {
            pictures++;
            byte[] picture = Files.readAllBytes(Path.of("docs").resolve(m.group(1)));
            assertThat(figures.stream().anyMatch(f -> java.util.Arrays.equals(f, picture)))
                    .as(m.group(1) + " is one of the scripts' recorded figures").isTrue();
        }
        assertThat(pictures).isEqualTo(10);
    }
}
