package wb.jupyter;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import wb.io.AtomicFiles;
import wb.notebook.NotebookJson;

/**
 * wb's Jupyter kernelspec: a folder {@code kernels/wb} holding {@code kernel.json}, which tells
 * Jupyter to start the kernel through the {@code scripts/wb} launcher of this checkout (so the
 * kernel gets the launcher's JDK, build and start-up cache) and to interrupt it with a message on
 * the control socket. The kernel also stops a cell on SIGINT, but a process can inherit SIGINT
 * ignored (a job started in the background of a non-interactive shell), and a JVM cannot undo
 * that; a message always arrives.
 */
public final class KernelSpec {
    private KernelSpec() {
    }

    /**
     * The user's kernels folder, where Jupyter looks on Linux: {@code $JUPYTER_DATA_DIR/kernels},
     * else {@code $XDG_DATA_HOME/jupyter/kernels}, else {@code ~/.local/share/jupyter/kernels} with
     * {@code ~} from {@code $HOME}, as Jupyter reads it.
     */
    public static Path userKernels(Map<String, String> env) {
        String data = env.get("JUPYTER_DATA_DIR");
        if (data != null && !data.isEmpty()) {
            return Path.of(data, "kernels");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isEmpty()) {
            return Path.of(xdg, "jupyter", "kernels");
        }
        String home = env.getOrDefault("HOME", "");
        return Path.of(home.isEmpty() ? System.getProperty("user.home") : home, ".local", "share", "jupyter", "kernels");
    }

    /** The kernels folder under an installation prefix: {@code PREFIX/share/jupyter/kernels}. */
    public static Path prefixKernels(Path prefix) {
        return prefix.resolve("share").resolve("jupyter").resolve("kernels");
    }

    /**
     * The launcher of the wb these classes were loaded from: {@code scripts/wb} beside the
     * {@code target/} folder that holds {@code wb.jar} or {@code classes/}.
     *
     * @throws IllegalStateException if there is no launcher there
     */
    public static Path launcher() {
        Path code;
        try {
            code = Path.of(KernelSpec.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            throw new IllegalStateException("cannot tell where wb's classes were loaded from", e);
        }
        Path target = code.getParent();
        Path launcher = target == null || target.getParent() == null ? null
                : target.getParent().resolve("scripts").resolve("wb");
        if (launcher == null || !Files.isExecutable(launcher)) {
            throw new IllegalStateException("wb's launcher is not at " + launcher
                    + "; install the kernel from a checkout of wb (scripts/wb kernel install)");
        }
        return launcher.toAbsolutePath().normalize();
    }

    /** The text of {@code kernel.json} for a launcher. */
    public static String json(Path launcher) {
        JsonObject spec = new JsonObject();
        JsonArray argv = new JsonArray();
        argv.add(launcher.toString());
        argv.add("kernel");
        argv.add("run");
        argv.add("{connection_file}");
        spec.add("argv", argv);
        spec.addProperty("display_name", NotebookJson.KERNEL_DISPLAY_NAME);
        spec.addProperty("language", "java");
        spec.addProperty("interrupt_mode", "message");
        spec.add("metadata", new JsonObject());
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n";
    }

    /**
     * Writes the kernelspec into {@code kernels}, replacing an earlier one.
     *
     * @return the kernelspec's folder
     */
    public static Path install(Path kernels, Path launcher) throws IOException {
        Path dir = kernels.resolve(NotebookJson.KERNEL_NAME);
        Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve("kernel.json"), out -> out.write(json(launcher).getBytes(StandardCharsets.UTF_8)));
        return dir;
    }

    /**
     * Removes the kernelspec from {@code kernels}.
     *
     * @return whether there was one
     */
    public static boolean uninstall(Path kernels) throws IOException {
        Path dir = kernels.resolve(NotebookJson.KERNEL_NAME);
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
        return true;
    }
}
