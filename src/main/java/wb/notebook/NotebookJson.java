package wb.notebook;

import com.google.gson.FormattingStyle;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes cells as an nbformat 4.5 notebook: JSON with sorted keys and one-space indents, text
 * split into lines, as Jupyter itself writes notebooks. Nothing in it varies between runs: cell
 * ids (which nbformat 4.5 requires) are numbered, and no timestamps or versions are written.
 */
public final class NotebookJson {

    /** The kernel the notebook runs with, as Jupyter's kernelspec names it. */
    public static final String KERNEL_NAME = "wb";

    /** The name Jupyter shows for the kernel. */
    public static final String KERNEL_DISPLAY_NAME = "wb (Java)";

    private static final Gson GSON = new GsonBuilder()
            .setFormattingStyle(FormattingStyle.PRETTY.withIndent(" "))
            .disableHtmlEscaping()
            .serializeNulls() // a cell that did not run has "execution_count": null, which nbformat requires
            .create();

    private NotebookJson() {
    }

    /**
     * The {@code language_info} of a wb notebook and of the kernel's {@code kernel_info} reply.
     * It has no version: the same notebook is written on every JDK.
     */
    public static Map<String, String> languageInfo() {
        Map<String, String> info = new TreeMap<>();
        info.put("codemirror_mode", "text/x-java");
        info.put("file_extension", ".jsh");
        info.put("mimetype", "text/x-java-source");
        info.put("name", "java");
        info.put("pygments_lexer", "java");
        return info;
    }

    /** The notebook's text, ending with a newline. */
    public static String write(List<Cell> cells) {
        JsonObject notebook = new JsonObject();
        JsonArray array = new JsonArray();
        for (int i = 0; i < cells.size(); i++) {
            array.add(cell(cells.get(i), i + 1));
        }
        notebook.add("cells", array);
        JsonObject metadata = new JsonObject();
        JsonObject kernelspec = new JsonObject();
        kernelspec.addProperty("display_name", KERNEL_DISPLAY_NAME);
        kernelspec.addProperty("language", "java");
        kernelspec.addProperty("name", KERNEL_NAME);
        metadata.add("kernelspec", kernelspec);
        JsonObject language = new JsonObject();
        languageInfo().forEach(language::addProperty);
        metadata.add("language_info", language);
        notebook.add("metadata", metadata);
        notebook.addProperty("nbformat", 4);
        notebook.addProperty("nbformat_minor", 5);
        return GSON.toJson(notebook) + "\n";
    }

    private static JsonObject cell(Cell cell, int number) {
        JsonObject json = new JsonObject();
        if (cell instanceof Cell.Code code) {
            json.addProperty("cell_type", "code");
            json.add("execution_count", count(code.executionCount()));
            json.addProperty("id", id(number));
            json.add("metadata", new JsonObject());
            JsonArray outputs = new JsonArray();
            code.outputs().forEach(o -> outputs.add(output(o)));
            json.add("outputs", outputs);
        } else {
            json.addProperty("cell_type", "markdown");
            json.addProperty("id", id(number));
            json.add("metadata", new JsonObject());
        }
        json.add("source", lines(cell.source()));
        return json;
    }

    private static String id(int number) {
        return String.format(Locale.ROOT, "cell-%03d", number);
    }

    private static JsonElement count(Integer count) {
        return count == null ? com.google.gson.JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(count);
    }

    private static JsonObject output(Output output) {
        JsonObject json = new JsonObject();
        if (output instanceof Output.Stream stream) {
            json.addProperty("name", stream.name());
            json.addProperty("output_type", "stream");
            json.add("text", lines(stream.text()));
        } else if (output instanceof Output.DisplayData display) {
            json.add("data", data(display.data()));
            json.add("metadata", new JsonObject());
            json.addProperty("output_type", "display_data");
        } else if (output instanceof Output.ExecuteResult result) {
            json.add("data", data(result.data()));
            json.addProperty("execution_count", result.executionCount());
            json.add("metadata", new JsonObject());
            json.addProperty("output_type", "execute_result");
        } else if (output instanceof Output.Error error) {
            json.addProperty("ename", error.ename());
            json.addProperty("evalue", error.evalue());
            json.addProperty("output_type", "error");
            JsonArray traceback = new JsonArray();
            error.traceback().forEach(traceback::add);
            json.add("traceback", traceback);
        }
        return json;
    }

    /** A MIME bundle: text types as lines, binary ones (base64) as one string, as nbformat writes them. */
    private static JsonObject data(Map<String, String> data) {
        JsonObject json = new JsonObject();
        new TreeMap<>(data).forEach((mime, value) -> {
            if (mime.startsWith("text/") || mime.equals("image/svg+xml")) {
                json.add(mime, lines(value));
            } else {
                json.addProperty(mime, value);
            }
        });
        return json;
    }

    /** Text as nbformat stores it: a list of lines, each with its line end. */
    static JsonArray lines(String text) {
        JsonArray array = new JsonArray();
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                parts.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            parts.add(text.substring(start));
        }
        parts.forEach(array::add);
        return array;
    }
}
