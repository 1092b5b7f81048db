package wb.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/**
 * A jar or a folder of classes on a session's class path, and where it came from.
 *
 * @param path   absolute
 * @param source what added it: Maven coordinates with their resolved version, {@code /add} or
 *               {@code --class-path}
 */
public record ClassPathEntry(Path path, String source) {

    /**
     * Checks that a path can go on the class path: a folder, or a jar (a zip file) that opens.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static void check(Path path) {
        if (Files.isDirectory(path)) {
            if (!Files.isReadable(path)) {
                throw new IllegalArgumentException(path + " is a folder that cannot be read");
            }
            return;
        }
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(path + " does not exist: expected a jar or a folder of classes");
        }
        try (ZipFile zip = new ZipFile(path.toFile())) {
            if (zip.size() == 0) {
                throw new IllegalArgumentException(path + " is an empty jar");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(path + " is not a readable jar (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }
}
