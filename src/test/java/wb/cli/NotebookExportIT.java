package wb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wb run --notebook} and {@code --html}: notebooks that nbformat accepts for every script,
 * the committed docs/weight-decay.ipynb kept in step with its script, the same bytes on rerun,
 * errors as Jupyter shows them, and the notebook run again by nbconvert on the wb kernel.
 */
class NotebookExportIT extends LauncherRuns {
    private static final Path SCRIPTS = Launcher.ROOT.resolve("scripts");
    private static final Path COMMITTED = Launcher.ROOT.resolve("docs/weight-decay.ipynb");
    private static final Pattern EXIT = Pattern.compile("(?m)^# exit (\\d+)$");

    /** Besides {@link #wb}'s runs through the warm engine, one test also runs in-process. */
    private final Launcher inProcess = Launcher.of(Launcher.Mode.IN_PROCESS, engines);

    @TempDir
    Path tmp;

    @Test
    void everyScriptWritesANotebookThatNbformatValidatesWithItsExitStatusUnchanged() throws Exception {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            scripts = files.filter(p -> p.toString().endsWith(".jsh")).sorted().collect(Collectors.toList());
        }
        assertThat(scripts).hasSizeGreaterThan(5);
        List<String> notebooks = new ArrayList<>();
        for (Path script : scripts) {
            String name = script.getFileName().toString().replace(".jsh", "");
            Path notebook = tmp.resolve(name + ".ipynb");
            Launcher.Result run = wb.run(Launcher.ROOT, null, "run", "--out", tmp.resolve(name).toString(),
                    "--notebook", notebook.toString(), "--html", tmp.resolve(name + ".html").toString(),
                    "scripts/" + script.getFileName());
            Matcher recorded = EXIT.matcher(Files.readString(SCRIPTS.resolve(name + ".out")));
            assertThat(recorded.find()).as(name + ".out records its exit status").isTrue();
            assertThat(run.status()).as(name + ": " + run.err()).isEqualTo(Integer.parseInt(recorded.group(1)));
            assertThat(notebook).exists();
            assertThat(tmp.resolve(name + ".html")).exists();
            notebooks.add(notebook.toString());
        }
        Launcher.Result validated = validate(notebooks);
        assertThat(validated.status()).as(validated.out() + validated.err()).isZero();
        assertThat(validated.out().lines().filter(l -> l.startsWith("valid ")).count()).isEqualTo(scripts.size());
    }

    @Test
    void theCommittedWeightDecayNotebookIsWhatTheScriptWritesByteForByteOnEveryRun() throws Exception {
        for (int run = 1; run <= 2; run++) {
            Path notebook = tmp.resolve("run" + run + ".ipynb");
            Path html = tmp.resolve("run" + run + ".html");
            // The first run goes through the engine, the second runs in-process: the same bytes.
            Launcher.Result result = (run == 1 ? wb : inProcess).run(Launcher.ROOT, null, "run", "--out",
                    tmp.resolve("out" + run).toString(), "--notebook", notebook.toString(), "--html", html.toString(), "scripts/weight-decay.jsh");
            assertThat(result.status()).as(result.err()).isZero();
            assertThat(Files.readString(notebook))
                    .as("docs/weight-decay.ipynb is out of step with scripts/weight-decay.jsh; regenerate it with"
                            + " scripts/wb run --out /tmp/wd --notebook docs/weight-decay.ipynb scripts/weight-decay.jsh")
                    .isEqualTo(Files.readString(COMMITTED));
        }
        assertThat(Files.readAllBytes(tmp.resolve("run2.html"))).isEqualTo(Files.readAllBytes(tmp.resolve("run1.html")));
        JsonObject notebook = JsonParser.parseString(Files.readString(COMMITTED)).getAsJsonObject();
        long images = 0;
        for (JsonElement cell : notebook.getAsJsonArray("cells")) {
            JsonArray outputs = cell.getAsJsonObject().getAsJsonArray("outputs");
            if (outputs != null) {
                for (JsonElement output : outputs) {
                    JsonObject data = output.getAsJsonObject().getAsJsonObject("data");
                    images += data != null && data.has("image/png") ? 1 : 0;
                }
            }
        }
        assertThat(images).as("the notebook's five figures").isEqualTo(5);
    }

    @Test
    void aFailingCellShowsItsErrorInTheCellsLinesAndTheRunKeepsItsStatus() throws Exception {
        Path script = tmp.resolve("fails.jsh");
        Files.writeString(script, String.join("\n",
                "// Prose.",
                "int a = 1",
                "",
                "print(\"a\", a);",
                "var d = dataset(0, 1);",
                "",
                "a + 1",
                ""));
        Path notebook = tmp.resolve("fails.ipynb");
        Launcher.Result run = wb.run(tmp, null, "run", "--notebook", notebook.toString(), "fails.jsh");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("a = 1\n");
        assertThat(run.err()).contains("fails.jsh:5:1: error: IllegalArgumentException: M must be >= 1, but was 0");

        JsonArray cells = JsonParser.parseString(Files.readString(notebook)).getAsJsonObject().getAsJsonArray("cells");
        assertThat(cells.size()).isEqualTo(4);
        assertThat(cells.get(0).getAsJsonObject().get("cell_type").getAsString()).isEqualTo("markdown");
        assertThat(text(cells.get(0).getAsJsonObject().getAsJsonArray("source"))).isEqualTo("Prose.");
        JsonObject failing = cells.get(2).getAsJsonObject();
        assertThat(failing.get("execution_count").getAsInt()).isEqualTo(2);
        JsonArray outputs = failing.getAsJsonArray("outputs");
        assertThat(outputs.get(0).getAsJsonObject().get("output_type").getAsString()).isEqualTo("stream");
        JsonObject error = outputs.get(1).getAsJsonObject();
        assertThat(error.get("output_type").getAsString()).isEqualTo("error");
        assertThat(error.get("ename").getAsString()).isEqualTo("IllegalArgumentException");
        assertThat(error.get("evalue").getAsString()).isEqualTo("M must be >= 1, but was 0");
        assertThat(text(error.getAsJsonArray("traceback"))).startsWith(
                "In[2]:2:1: error: IllegalArgumentException: M must be >= 1, but was 0"
                        + "    var d = dataset(0, 1);    ^    at In[2]:2");
        JsonObject notRun = cells.get(3).getAsJsonObject();
        assertThat(notRun.get("execution_count").isJsonNull()).isTrue();
        assertThat(notRun.getAsJsonArray("outputs").size()).isZero();
        assertThat(validate(List.of(notebook.toString())).status()).isZero();
    }

    @Test
    void nbconvertRunsTheCommittedNotebookOnTheWbKernelToTheCommittedOutputs() throws Exception {
        Map<String, String> env = Jupyter.installKernel(wb, tmp.resolve("prefix"));
        Path copy = tmp.resolve("weight-decay.ipynb");
        Files.copy(COMMITTED, copy);
        Launcher.Result converted = Jupyter.run(tmp, env, 600, "jupyter", "nbconvert", "--to", "notebook",
                "--execute", copy.toString(), "--output", "executed");
        assertThat(converted.status()).as(converted.err()).isZero();
        JsonArray committed = cells(COMMITTED);
        JsonArray executed = cells(tmp.resolve("executed.ipynb"));
        assertThat(executed.size()).isEqualTo(committed.size());
        for (int i = 0; i < committed.size(); i++) {
            for (String field : List.of("cell_type", "source", "execution_count", "outputs")) {
                assertThat(executed.get(i).getAsJsonObject().get(field)).as("cell " + (i + 1) + " " + field)
                        .isEqualTo(committed.get(i).getAsJsonObject().get(field));
            }
        }
    }

    private Launcher.Result validate(List<String> notebooks) throws Exception {
        Path check = tmp.resolve("validate.py");
        Files.writeString(check, String.join("\n",
                "import sys, nbformat",
                "for path in sys.argv[1:]:",
                "    nb = nbformat.read(path, as_version=nbformat.NO_CONVERT)",
                "    nbformat.validate(nb)",
                "    print('valid', path)",
                ""), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(Jupyter.PYTHON, check.toString()));
        command.addAll(notebooks);
        return Jupyter.run(tmp, Map.of(), 300, command.toArray(new String[0]));
    }

    private static JsonArray cells(Path notebook) throws Exception {
        return JsonParser.parseString(Files.readString(notebook)).getAsJsonObject().getAsJsonArray("cells");
    }

    private static String text(JsonArray lines) {
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(l.getAsString()));
        return out.toString().replace("\n", "");
    }
}
