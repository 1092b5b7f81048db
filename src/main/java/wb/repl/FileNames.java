package wb.repl;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Completes file names for {@code /open} and {@code /save}: the entries of the folder a partial
 * path names, relative paths resolved against the working directory.
 */
final class FileNames {
    /**
     * A completion of a partial path.
     *
     * @param path      the completed path, as the user would type it
     * @param directory whether it names a folder (so typing goes on after its slash)
     */
    record Match(String path, boolean directory) {
    }

    private final Path workingDir;

    FileNames(Path workingDir) {
        this.workingDir = workingDir;
    }

    /**
     * The paths that complete a partial one, sorted. Hidden files are offered only when the
     * partial name starts with a dot; a folder ends with {@code /}.
     */
    List<Match> complete(String partial) {
        int slash = partial.lastIndexOf('/');
        String folderPart = slash < 0 ? "" : partial.substring(0, slash + 1);
        String namePrefix = partial.substring(slash + 1);
        Path folder = folderPart.isEmpty() ? workingDir : workingDir.resolve(folderPart);
        List<Match> matches = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return matches;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(namePrefix) || (name.startsWith(".") && !namePrefix.startsWith("."))) {
                    continue;
                }
                boolean directory = Files.isDirectory(entry);
                matches.add(new Match(folderPart + name + (directory ? "/" : ""), directory));
            }
        } catch (IOException e) {
            return List.of(); // an unreadable folder simply has nothing to offer
        }
        matches.sort((a, b) -> a.path().compareTo(b.path()));
        return matches;
    }
}
