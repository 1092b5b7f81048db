package wb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wb kernel driven by the real Jupyter client: its kernelspec installed with {@code wb kernel
 * install}, listed by {@code jupyter kernelspec list}, and a session run through jupyter_client's
 * KernelManager by src/test/python/kernel_session.py.
 */
class KernelIT {
    private static final Path DRIVER = Launcher.ROOT.resolve("src/test/python/kernel_session.py");

    @TempDir
    Path tmp;

    /** The kernel always runs in its own process; the launcher never sends it to an engine. */
    private final Launcher wb = Launcher.of(Launcher.Mode.IN_PROCESS, Path.of("/nonexistent-engines"));

    @Test
    void theInstalledKernelIsListedByJupyterUntilItIsUninstalled() throws Exception {
        Path prefix = tmp.resolve("prefix");
        Map<String, String> env = Jupyter.installKernel(wb, prefix);

        Launcher.Result listed = Jupyter.run(tmp, env, 120, "jupyter", "kernelspec", "list");
        assertThat(listed.status()).as(listed.err()).isZero();
        assertThat(listed.out()).containsPattern("(?m)^\\s*wb\\s+" + prefix.resolve("share/jupyter/kernels/wb"));

        Launcher.Result removed = wb.run(tmp, null, "kernel", "uninstall", "--prefix", prefix.toString());
        assertThat(removed.status()).as(removed.err()).isZero();
        Launcher.Result after = Jupyter.run(tmp, env, 120, "jupyter", "kernelspec", "list");
        assertThat(after.out()).doesNotContainPattern("(?m)^\\s*wb\\s");

        Launcher.Result again = wb.run(tmp, null, "kernel", "uninstall", "--prefix", prefix.toString());
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("no kernel 'wb' in " + prefix.resolve("share/jupyter/kernels"));
    }

    @Test
    void aJupyterClientRunsCellsCompletesInspectsInterruptsAndRestarts() throws Exception {
        Map<String, String> env = Jupyter.installKernel(wb, tmp.resolve("prefix"));
        Launcher.Result session = Jupyter.run(tmp, env, 600, Jupyter.PYTHON, DRIVER.toString(), "wb");
        assertThat(session.status()).as(session.err()).isZero();
        Map<String, List<JsonObject>> checks = new HashMap<>();
        for (String line : session.out().split("\n")) {
            if (line.startsWith("{")) {
                JsonObject check = JsonParser.parseString(line).getAsJsonObject();
                checks.computeIfAbsent(check.get("check").getAsString(), k -> new ArrayList<>()).add(check);
            }
        }

        JsonObject info = one(checks, "kernel_info").getAsJsonObject("content");
        assertThat(info.get("protocol_version").getAsString()).startsWith("5.");
        assertThat(info.getAsJsonObject("language_info").get("name").getAsString()).isEqualTo("java");

        // The cell's stream and result are what the same snippets print as a script.
        Launcher.Result script = wb.run(tmp, KernelSessionCells.RIDGE + "\n", "-");
        JsonObject ridge = one(checks, "ridge");
        assertThat(ridge.getAsJsonObject("reply").get("status").getAsString()).isEqualTo("ok");
        String stdout = texts(ridge, "stream");
        String result = data(ridge, "execute_result").get("text/plain").getAsString();
        assertThat(stdout + result + "\n").isEqualTo(script.out()).contains("[[1.52825851]]");

        BufferedImage png = image(data(one(checks, "figure"), "execute_result"));
        assertThat(png.getWidth()).isEqualTo(640);
        assertThat(png.getHeight()).isEqualTo(480);

        JsonObject middle = one(checks, "figure_in_the_middle");
        assertThat(types(middle)).containsSubsequence("display_data", "stream", "execute_result");
        assertThat(image(data(middle, "display_data")).getWidth()).isEqualTo(640);
        assertThat(texts(middle, "stream")).isEqualTo("careful\n");
        assertThat(data(middle, "execute_result").get("text/plain").getAsString()).isEqualTo("2");

        JsonObject error = one(checks, "error");
        JsonObject reply = error.getAsJsonObject("reply");
        assertThat(reply.get("status").getAsString()).isEqualTo("error");
        assertThat(reply.get("ename").getAsString()).isEqualTo("IllegalArgumentException");
        JsonObject published = message(error, "error");
        assertThat(published.getAsJsonArray("traceback").get(0).getAsString())
                .isEqualTo("In[3]:3:1: error: IllegalArgumentException: M must be >= 1, but was 0");
        assertThat(published.getAsJsonArray("traceback").toString()).contains("at In[3]:3");

        JsonObject exit = one(checks, "exit").getAsJsonObject("reply");
        assertThat(exit.get("ename").getAsString()).isEqualTo("SystemExit");
        assertThat(exit.get("evalue").getAsString()).isEqualTo("the snippet called System.exit(3)");
        assertThat(data(one(checks, "stdin"), "execute_result").get("text/plain").getAsString()).isEqualTo("-1");

        JsonObject complete = one(checks, "complete").getAsJsonObject("content");
        assertThat(strings(complete.getAsJsonArray("matches"))).contains("ridge(");
        assertThat(complete.get("cursor_start").getAsInt()).isZero();
        assertThat(complete.get("cursor_end").getAsInt()).isEqualTo(3);

        JsonObject inspect = one(checks, "inspect").getAsJsonObject("content");
        assertThat(inspect.get("found").getAsBoolean()).isTrue();
        assertThat(inspect.getAsJsonObject("data").get("text/plain").getAsString())
                .contains("ridge(double lambda)", "w = (X\u1d40X + \u03bbI)\u207b\u00b9X\u1d40y");

        List<JsonObject> interrupts = checks.get("interrupt");
        assertThat(interrupts).hasSize(4);
        for (JsonObject interrupt : interrupts) {
            assertThat(interrupt.getAsJsonObject("reply").get("ename").getAsString()).as(interrupt.toString())
                    .isEqualTo("Interrupted");
            assertThat(interrupt.get("seconds").getAsDouble()).as(interrupt.toString()).isLessThan(2.0);
        }
        assertThat(data(one(checks, "kept"), "execute_result").get("text/plain").getAsString()).isEqualTo("42");

        JsonObject restarted = one(checks, "after_restart").getAsJsonObject("reply");
        assertThat(restarted.get("execution_count").getAsInt()).isEqualTo(1);
        assertThat(restarted.get("evalue").getAsString()).isEqualTo("cannot find symbol: variable kept");

        assertThat(one(checks, "shutdown").get("alive").getAsBoolean()).isFalse();
    }

    private static JsonObject one(Map<String, List<JsonObject>> checks, String name) {
        assertThat(checks).containsKey(name);
        return checks.get(name).get(0);
    }

    private static List<String> types(JsonObject check) {
        List<String> types = new ArrayList<>();
        for (JsonElement m : check.getAsJsonArray("messages")) {
            types.add(m.getAsJsonObject().get("type").getAsString());
        }
        return types;
    }

    private static JsonObject message(JsonObject check, String type) {
        for (JsonElement m : check.getAsJsonArray("messages")) {
            if (m.getAsJsonObject().get("type").getAsString().equals(type)) {
                return m.getAsJsonObject().getAsJsonObject("content");
            }
        }
        throw new AssertionError("no " + type + " message in " + check);
    }

    private static JsonObject data(JsonObject check, String type) {
        return message(check, type).getAsJsonObject("data");
    }

    private static String texts(JsonObject check, String type) {
        StringBuilder text = new StringBuilder();
        for (JsonElement m : check.getAsJsonArray("messages")) {
            if (m.getAsJsonObject().get("type").getAsString().equals(type)) {
                text.append(m.getAsJsonObject().getAsJsonObject("content").get("text").getAsString());
            }
        }
        return text.toString();
    }

    private static BufferedImage image(JsonObject data) throws java.io.IOException {
        byte[] png = Base64.getDecoder().decode(data.get("image/png").getAsString());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a PNG").isNotNull();
        return image;
    }

    private static List<String> strings(JsonArray array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.getAsString()));
        return out;
    }

    /** The cells kernel_session.py runs, where a test compares them with a script run. */
    static final class KernelSessionCells {
        static final String RIDGE = "dataset(1000, vec(3.14), 1.0);\nvar w = ridge(1e3)\nSystem.out.println(\"w = \" + w)\nw";
    }
}
