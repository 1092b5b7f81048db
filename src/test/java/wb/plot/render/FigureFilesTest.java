package wb.plot.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wb.io.AtomicFiles;
import wb.plot.Figure;

class FigureFilesTest {

    @TempDir
    Path dir;

    private static Figure sample() {
        return new Figure().fn(Math::sin, 0, 6).label("sin").point(Math.PI / 2, 1).color("red").label("max")
                .contour((x, y) -> x * x + y * y, 0, 6, -1, 1).levels(3).clabel()
                .xlabel("w_1").ylabel("$w_{2}$").title("sample \\lambda");
    }

    @Test
    void renderingTwiceGivesIdenticalBytesInEveryFormat() {
        for (FigureFiles.Format format : FigureFiles.Format.values()) {
            byte[] a = FigureFiles.bytes(sample().spec(), format);
            byte[] b = FigureFiles.bytes(sample().spec(), format);
            assertThat(a).as(format.name()).isNotEmpty().isEqualTo(b);
        }
    }

    @Test
    void eachExtensionWritesItsFormat() throws IOException {
        Figure f = sample();
        Path png = f.save(dir.resolve("a/b/fig.png"));
        Path svg = f.save(dir.resolve("fig.SVG"));
        Path pdf = f.save(dir.resolve("fig.pdf"));
        Path jpg = f.save(dir.resolve("fig.jpeg"));
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(640);
        assertThat(img.getHeight()).isEqualTo(480);
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).startsWith("<?xml").contains("<svg").contains("viewBox=\"0 0 640 480\"");
        byte[] p = Files.readAllBytes(pdf);
        assertThat(new String(p, 0, 8, StandardCharsets.US_ASCII)).startsWith("%PDF-");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(p)) {
            // 640 x 480 pixels at 100 dpi are 460.8 x 345.6 points
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(460.8f, org.assertj.core.data.Offset.offset(1e-3f));
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isCloseTo(345.6f, org.assertj.core.data.Offset.offset(1e-3f));
            assertThat(doc.getDocumentInformation().getCreationDate()).isNull();
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("sample \u03bb");
        }
        assertThat(ImageIO.read(jpg.toFile()).getWidth()).isEqualTo(640);
    }

    @Test
    void pngRecordsTheDpiAndTheSizeScalesText() throws IOException {
        byte[] png = FigureFiles.bytes(new Figure().fn(x -> x, 0, 1).size(1280, 960).dpi(200).spec(), FigureFiles.Format.PNG);
        // pHYs: 200 dpi = 7874 pixels per metre
        String s = new String(png, StandardCharsets.ISO_8859_1);
        int at = s.indexOf("pHYs");
        assertThat(at).isPositive();
        int ppm = (png[at + 4] & 0xff) << 24 | (png[at + 5] & 0xff) << 16 | (png[at + 6] & 0xff) << 8 | (png[at + 7] & 0xff);
        assertThat(ppm).isEqualTo(7874);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img.getWidth()).isEqualTo(1280);
    }

    @Test
    void anUnknownExtensionListsTheSupportedFormats() {
        assertThatThrownBy(() -> sample().save(dir.resolve("fig.bmp"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".bmp").hasMessageContaining(".png").hasMessageContaining(".svg")
                .hasMessageContaining(".pdf").hasMessageContaining(".jpg");
        assertThatThrownBy(() -> sample().save(dir.resolve("noext"))).hasMessageContaining("without extension");
        assertThat(dir.resolve("fig.bmp")).doesNotExist();
    }

    @Test
    void aFailureMidWriteLeavesNoPartialFile() throws IOException {
        Path target = dir.resolve("sub/out.png");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(target).doesNotExist();
        try (Stream<Path> left = Files.list(target.getParent())) {
            assertThat(left).as("no temporary file left behind").isEmpty();
        }
    }

    @Test
    void aFailureMidWriteKeepsTheOldFile() throws IOException {
        Path target = dir.resolve("keep.png");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("new but incomplete".getBytes(StandardCharsets.US_ASCII));
            throw new IllegalStateException("renderer failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(target)).isEqualTo("old");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(target);
        }
    }

    @Test
    void aFigureThatFailsToRenderWritesNothing() {
        Figure broken = new Figure().fn(x -> x, 0, 1).size(16, 16).dpi(2000);
        assertThatThrownBy(() -> broken.save(dir.resolve("broken.png"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no room");
        assertThat(dir.resolve("broken.png")).doesNotExist();
    }

    @Test
    void savingReplacesAnExistingFileWithReadablePermissions() throws IOException {
        Path target = dir.resolve("fig.png");
        Files.writeString(target, "old");
        sample().save(target);
        assertThat(ImageIO.read(target.toFile())).isNotNull();
        if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(target)).contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        }
    }
}
