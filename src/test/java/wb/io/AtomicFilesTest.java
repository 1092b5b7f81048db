package wb.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void writesCreatingMissingFoldersAndReplacesWholeFiles() throws IOException {
        Path target = dir.resolve("a/b/notes.txt");
        AtomicFiles.writeString(target, "first");
        AtomicFiles.writeString(target, "second, longer");
        assertThat(Files.readString(target)).isEqualTo("second, longer");
        assertThat(namesIn(target.getParent())).containsExactly("notes.txt");
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
        assertThat(namesIn(dir)).containsExactly("data.csv");
    }

    @Test
    void aTemporaryFileLeftByAWriterKilledWithSigkillIsSweptByTheNextSaveIntoItsFolder() throws Exception {
        Path target = dir.resolve("big.csv");
        AtomicFiles.writeString(target, "old");
        Process writer = startStuckWriter(target);
        writer.destroyForcibly();
        assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(namesIn(dir)).hasSize(2); // the old file and the killed writer's temporary file

        AtomicFiles.writeString(dir.resolve("other.csv"), "new");

        assertThat(namesIn(dir)).containsExactly("big.csv", "other.csv");
        assertThat(Files.readString(target)).isEqualTo("old");
    }

    @Test
    void aTemporaryFileOfAWriterStillRunningIsLeftAlone() throws Exception {
        Path target = dir.resolve("big.csv");
        Process writer = startStuckWriter(target);
        try {
            AtomicFiles.writeString(dir.resolve("other.csv"), "new");
            assertThat(namesIn(dir)).hasSize(2).contains("other.csv");
        } finally {
            writer.destroyForcibly();
            writer.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void savingOverAPrivateFileKeepsItPrivate() throws IOException {
        Path target = dir.resolve("secret.csv");
        AtomicFiles.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        AtomicFiles.writeString(target, "new");
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    }

    @Test
    void aPrivateFilesNewContentIsNeverInAFileOthersCanReadWhileItIsWritten() throws IOException {
        Path target = dir.resolve("history");
        AtomicFiles.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        List<String> seen = new java.util.ArrayList<>();
        AtomicFiles.write(target, out -> {
            out.write("new".getBytes(StandardCharsets.UTF_8));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
                    seen.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
                }
            }
        });
        assertThat(seen).as("the temporary file's permissions while it is written").containsExactly("rw-------");
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void savingThroughASymbolicLinkReplacesTheFileItPointsAtAndKeepsTheLink() throws IOException {
        Path real = Files.createDirectories(dir.resolve("data")).resolve("real.csv");
        AtomicFiles.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("data/real.csv"));
        Path linkToLink = Files.createSymbolicLink(dir.resolve("again.csv"), Path.of("link.csv"));

        AtomicFiles.writeString(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");

        AtomicFiles.writeString(linkToLink, "newer");
        assertThat(Files.isSymbolicLink(linkToLink)).isTrue();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("newer");
        assertThat(namesIn(real.getParent())).containsExactly("real.csv");
    }

    @Test
    void aDanglingSymbolicLinkGetsItsTargetCreated() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("later.csv"));
        AtomicFiles.writeString(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("later.csv"))).isEqualTo("new");
    }

    @Test
    void aParentThatIsAFileIsNamedInTheError() throws IOException {
        Path afile = dir.resolve("afile");
        AtomicFiles.writeString(afile, "x");
        assertThatThrownBy(() -> AtomicFiles.writeString(afile.resolve("x.csv"), "new"))
                .isInstanceOf(IOException.class)
                .hasMessage(afile + " is a file, not a folder");
        assertThatThrownBy(() -> AtomicFiles.writeString(afile.resolve("sub/x.csv"), "new"))
                .hasMessage(afile + " is a file, not a folder");
        assertThat(namesIn(dir)).containsExactly("afile");
    }

    @Test
    void anEmptyNullOrFolderTargetIsRejectedAndNothingIsWritten() throws IOException {
        assertThatThrownBy(() -> AtomicFiles.writeString(Path.of(""), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the path is empty;");
        assertThatThrownBy(() -> AtomicFiles.writeString(null, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the path is null;");
        Path folder = Files.createDirectories(dir.resolve("folder"));
        assertThatThrownBy(() -> AtomicFiles.writeString(folder, "x"))
                .isInstanceOf(IOException.class).hasMessageStartingWith(folder + " is a folder;");
        assertThat(namesIn(dir)).containsExactly("folder");
        assertThat(namesIn(folder)).isEmpty();
    }

    /** strace shows the syscalls themselves: the file's data, then the folder's rename, reach the disk. */
    @Test
    void theFileIsFlushedToDiskBeforeTheRenameAndTheFolderAfterIt() throws Exception {
        assumeTrue(new File("/usr/bin/strace").canExecute(), "strace is not installed (.ci/run installs it)");
        Path target = dir.resolve("durable.csv");
        Path log = dir.resolve("strace.log");
        Process p = new ProcessBuilder("/usr/bin/strace", "-f", "-y", "-o", log.toString(),
                "-e", "trace=fsync,fdatasync,rename,renameat,renameat2",
                javaBin(), "-cp", System.getProperty("java.class.path"), Writer.class.getName(), target.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(0);
        String realDir = dir.toRealPath().toString();
        List<String> calls = Files.readAllLines(log).stream()
                .filter(l -> l.contains("durable.csv") || l.contains("<" + realDir + ">"))
                .collect(Collectors.toList());
        int fileSync = indexOf(calls, "fsync\\(\\d+<.*\\.durable\\.csv\\..*\\.tmp>\\).*");
        int rename = indexOf(calls, "rename.*durable\\.csv.*");
        int dirSync = indexOf(calls, "fsync\\(\\d+<" + java.util.regex.Pattern.quote(realDir) + ">\\).*");
        assertThat(fileSync).as(String.join("\n", calls)).isGreaterThanOrEqualTo(0);
        assertThat(rename).as(String.join("\n", calls)).isGreaterThan(fileSync);
        assertThat(dirSync).as(String.join("\n", calls)).isGreaterThan(rename);
        assertThat(Files.readString(target)).isEqualTo("durable");
    }

    private static int indexOf(List<String> lines, String regex) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).replaceFirst("^\\d+\\s+", "").matches(regex)) {
                return i;
            }
        }
        return -1;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Starts a JVM that is stuck half-way through writing {@code target}, once its temporary file exists. */
    private Process startStuckWriter(Path target) throws IOException {
        Process p = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                StuckWriter.class.getName(), target.toString()).redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = lines.readLine();
        assertThat(line).isEqualTo("writing");
        return p;
    }

    /** Writes its argument atomically and is stuck half-way, until killed. */
    public static final class StuckWriter {
        public static void main(String[] args) throws IOException {
            AtomicFiles.write(Path.of(args[0]), out -> {
                out.write(new byte[100_000]);
                out.flush();
                System.out.println("writing");
                System.out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    /** Writes "durable" to its argument atomically. */
    public static final class Writer {
        public static void main(String[] args) throws IOException {
            AtomicFiles.writeString(Path.of(args[0]), "durable");
        }
    }
}
