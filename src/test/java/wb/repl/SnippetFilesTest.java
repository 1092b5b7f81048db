package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wb.session.SnippetSource;

class SnippetFilesTest {
    @TempDir
    Path dir;

    @Test
    void aScriptHasEachSnippetOnItsOwnLines() {
        assertThat(SnippetFiles.script(List.of(SnippetSource.of("int a = 1;"), SnippetSource.of("void f() {\n}"),
                SnippetSource.of("a + 1")))).isEqualTo("int a = 1;\nvoid f() {\n}\na + 1\n");
    }

    @Test
    void replacesAFileWholeKeepingItsPermissionsAndLeavingNoTemporaryFile() throws Exception {
        Path file = dir.resolve("saved.jsh");
        Files.writeString(file, "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));
        SnippetFiles.writeAtomically(file, "new\n");
        assertThat(Files.readString(file)).isEqualTo("new\n");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rwxr-x---"));
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void aNewFileIsReadableByOthersAsFilesUsuallyAre() throws Exception {
        Path file = dir.resolve("fresh.jsh");
        SnippetFiles.writeAtomically(file, "x\n");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
    }

    @Test
    void aMissingFolderIsAnErrorAndLeavesNothing() {
        assertThatThrownBy(() -> SnippetFiles.writeAtomically(dir.resolve("no/such/dir/x.jsh"), "x"))
                .isInstanceOf(NoSuchFileException.class);
        assertThat(dir.resolve("no")).doesNotExist();
    }
}
