package wb.plot.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wb.plot.Figure;

class FileDisplayTest {
    @TempDir
    Path dir;

    private static Figure figure() {
        return new Figure().name("figure").fn(w -> w * w, -1, 1).size(64, 48).dpi(20);
    }

    @Test
    void aSecondRunIntoTheSameFolderFailsAtItsFirstFigureInsteadOfOverwritingTheFirstRunsFiles() throws IOException {
        Path out = dir.resolve("out");
        try (FileDisplay first = new FileDisplay(out); FileDisplay second = new FileDisplay(out)) {
            first.save(figure());
            byte[] firsts = Files.readAllBytes(out.resolve("01-figure.png"));
            assertThatThrownBy(() -> second.save(figure().size(80, 60)))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessage("save: " + out + " is being written by another run in this process; its numbered"
                            + " files would overwrite each other; choose another folder with --out DIR");
            assertThat(Files.readAllBytes(out.resolve("01-figure.png"))).isEqualTo(firsts);
            assertThat(second.count()).isZero();
            first.close();
            assertThat(second.save(figure())).isEqualTo(out.resolve("01-figure.png"));
        }
    }

    @Test
    void aRunInAnotherProcessIsNamedByItsPid() throws Exception {
        Path out = dir.resolve("out");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                OtherRun.class.getName(), out.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(lines.readLine()).isEqualTo("saved");
            try (FileDisplay mine = new FileDisplay(out)) {
                assertThatThrownBy(() -> mine.save(figure()))
                        .hasMessage("save: " + out + " is being written by another wb run (pid " + other.pid()
                                + "); its numbered files would overwrite this run's; choose another folder with --out DIR");
            }
        } finally {
            other.destroyForcibly();
            other.waitFor(10, TimeUnit.SECONDS);
        }
        // killed with SIGKILL, the other run's claim went with its process
        try (FileDisplay mine = new FileDisplay(out)) {
            assertThat(mine.save(figure())).isRegularFile();
        }
    }

    @Test
    void aFigureThatCannotBeWrittenIsNotCountedAsSaved() throws IOException {
        Files.writeString(dir.resolve("afile"), "x");
        try (FileDisplay d = new FileDisplay(dir.resolve("afile/out"))) {
            assertThatThrownBy(() -> d.save(figure())).hasMessageContaining("is a file, not a folder");
            assertThat(d.count()).isZero();
        }
    }

    @Test
    void figuresShownLaterAreWrittenInTheOrderShownBeforeSettleReturnsAndSavedOnesFollowThem() throws IOException {
        Path out = dir.resolve("out");
        try (FileDisplay d = FileDisplay.inBackground(out)) {
            d.later().show(figure().name("a"));
            d.later().show(figure().name("b"));
            d.save(figure().name("c")); // waits for a and b, so the numbers stay in the order shown
            d.later().show(figure().name("d"));
            assertThat(d.settle()).isNull();
            assertThat(d.count()).isEqualTo(4);
            try (var files = Files.list(out)) {
                assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).sorted())
                        .containsExactly("01-a.png", "02-b.png", "03-c.png", "04-d.png");
            }
            Path written = dir.resolve("direct.png");
            figure().name("b").save(written);
            assertThat(Files.readAllBytes(out.resolve("02-b.png"))).isEqualTo(Files.readAllBytes(written));
        }
    }

    @Test
    void aFigureShownLaterThatCannotBeWrittenIsReportedOnceAndStopsTheOnesAfterIt() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("01-a.png")); // a folder where the figure should go
        try (FileDisplay d = FileDisplay.inBackground(out)) {
            d.later().show(figure().name("a"));
            d.later().show(figure().name("b"));
            assertThat(d.settle()).isInstanceOf(UncheckedIOException.class).hasMessageContaining("01-a.png");
            assertThat(d.settle()).isNull();
            assertThat(d.count()).isZero();
            assertThat(out.resolve("02-b.png")).doesNotExist();
        }
    }

    @Test
    void closingWritesWhatIsPendingAndEndsTheWritersThread() throws IOException {
        Path out = dir.resolve("out");
        FileDisplay d = FileDisplay.inBackground(out);
        d.later().show(figure().name("a"));
        d.close();
        assertThat(out.resolve("01-a.png")).isRegularFile();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("wb-figure-writer") && t.isAlive());
    }

    /** A run that has saved one figure into its argument's folder and goes on running. */
    public static final class OtherRun {
        public static void main(String[] args) throws InterruptedException {
            FileDisplay d = new FileDisplay(Path.of(args[0]));
            d.save(figure());
            System.out.println("saved");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
