package wb.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import wb.session.SnippetSource;

/** Writes snippets to a script file for {@code /save}, so that {@code wb run} or {@code /open} replays them. */
final class SnippetFiles {
    private SnippetFiles() {
    }

    /** The script text of some snippets: each on its own line(s), in order. */
    static String script(List<SnippetSource> snippets) {
        StringBuilder text = new StringBuilder();
        for (SnippetSource snippet : snippets) {
            text.append(snippet.code()).append('\n');
        }
        return text.toString();
    }

    /**
     * Writes text to a file atomically: into a temporary file in the same folder, then renamed
     * over the target, so the file is never seen half-written and an old one survives a failure.
     */
    static void writeAtomically(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            keepPermissions(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A temporary file is readable by its owner only; the script gets the permissions of the
     * file it replaces, or those a new file usually has (rw-r--r--).
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }
}
