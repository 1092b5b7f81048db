package wb.deps;

import java.nio.file.Path;

/**
 * An artifact the resolver found, with the exact version it chose.
 *
 * @param coordinates its coordinates, with the resolved version (never a range)
 * @param file        the file in the local repository
 */
public record ResolvedArtifact(Coordinates coordinates, Path file) {
}
