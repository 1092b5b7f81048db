package wb.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void writesCreatingMissingFoldersAndReplacesWholeFiles() throws IOException {
        Path target = dir.resolve("a/b/notes.txt");
        AtomicFiles.writeString(target, "first");
        AtomicFiles.writeString(target, "second, longer");
        assertThat(Files.readString(target)).isEqualTo("second, longer");
        assertThat(filesIn(target.getParent())).isEqualTo(1);
    }

    @Test
    void aFailureHalfWayKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("data.csv");
        AtomicFiles.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new con".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(filesIn(dir)).isEqualTo(1);
    }
}
