package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileNamesTest {
    @TempDir
    Path dir;

    private FileNames files;

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(dir.resolve("scripts/deeper"));
        Files.writeString(dir.resolve("scripts/fit.jsh"), "");
        Files.writeString(dir.resolve("scripts/figure.jsh"), "");
        Files.writeString(dir.resolve("scripts/.hidden.jsh"), "");
        Files.writeString(dir.resolve("notes.txt"), "");
        files = new FileNames(dir);
    }

    @Test
    void completesNamesInTheWorkingDirectoryWithFoldersEndingInASlash() {
        assertThat(files.complete("")).containsExactly(
                new FileNames.Match("notes.txt", false), new FileNames.Match("scripts/", true));
        assertThat(files.complete("sc")).containsExactly(new FileNames.Match("scripts/", true));
    }

    @Test
    void completesInsideAFolderAndShowsHiddenFilesOnlyWhenAsked() {
        assertThat(files.complete("scripts/f")).extracting(FileNames.Match::path)
                .containsExactly("scripts/figure.jsh", "scripts/fit.jsh");
        assertThat(files.complete("scripts/")).extracting(FileNames.Match::path)
                .containsExactly("scripts/deeper/", "scripts/figure.jsh", "scripts/fit.jsh");
        assertThat(files.complete("scripts/.")).extracting(FileNames.Match::path)
                .containsExactly("scripts/.hidden.jsh");
    }

    @Test
    void anAbsolutePathOrAMissingFolderWorks() {
        assertThat(files.complete(dir + "/no")).extracting(FileNames.Match::path).containsExactly(dir + "/notes.txt");
        assertThat(files.complete("nowhere/x")).isEmpty();
    }
}
