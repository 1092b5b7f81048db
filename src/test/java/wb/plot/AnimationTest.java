package wb.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wb.plot.output.FileDisplay;
import wb.plot.output.TerminalDisplay;
import wb.plot.render.GifEncoding;

class AnimationTest {

    @TempDir
    Path dir;

    /** A marker that moves from left to right: frame i has it at x = i. */
    private static Animation moving(Display display, int n) {
        List<Figure> frames = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            frames.add(new Figure(display).name("moving").point(i, 0).color("red").markerSize(20)
                    .xlim(-1, n).ylim(-1, 1).size(160, 120).dpi(40));
            captions.add("x = " + i);
        }
        return Animation.of(display, frames, captions);
    }

    private static List<BufferedImage> decode(byte[] gif, int[] delays) throws Exception {
        List<BufferedImage> frames = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            int n = reader.getNumImages(true);
            for (int i = 0; i < n; i++) {
                frames.add(reader.read(i));
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode gce = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                delays[i] = Integer.parseInt(gce.getAttribute("delayTime"));
            }
        }
        return frames;
    }

    /** The mean x of the reddish pixels: where the marker was drawn. */
    private static double redX(BufferedImage img) {
        double sum = 0;
        int count = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 255;
                int g = (rgb >> 8) & 255;
                int b = rgb & 255;
                if (r > 200 && g < 80 && b < 80) {
                    sum += x;
                    count++;
                }
            }
        }
        assertThat(count).as("red pixels").isGreaterThan(20);
        return sum / count;
    }

    @Test
    void theGifHasEveryFrameInOrderWithItsDelayAndTheSameBytesEachTime() throws Exception {
        Animation a = moving(null, 4).delay(150);
        byte[] gif = a.gif();
        assertThat(a.gif()).isEqualTo(gif);
        assertThat(new String(gif, 0, 6, StandardCharsets.US_ASCII)).isEqualTo("GIF89a");
        assertThat(new String(gif, StandardCharsets.ISO_8859_1)).contains("NETSCAPE2.0");
        int[] delays = new int[4];
        List<BufferedImage> frames = decode(gif, delays);
        assertThat(frames).hasSize(4);
        assertThat(delays).containsOnly(15);
        double previous = -1;
        for (BufferedImage f : frames) {
            assertThat(f.getWidth()).isEqualTo(160);
            assertThat(f.getHeight()).isEqualTo(120);
            double x = redX(f);
            assertThat(x).isGreaterThan(previous + 10);
            previous = x;
        }
        // each decoded frame is the figure's own rendering, up to the 256-colour palette
        assertThat(redX(frames.get(2))).isCloseTo(redX(a.frame(2).image()), org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void savingWritesAGifAtomicallyAndRefusesOtherExtensions() throws Exception {
        Animation a = moving(null, 2);
        Path p = a.save(dir.resolve("sub/moving.gif"));
        assertThat(Files.readAllBytes(p)).isEqualTo(a.gif());
        try (var files = Files.list(dir.resolve("sub"))) {
            assertThat(files).containsExactly(p);
        }
        assertThatThrownBy(() -> a.save(dir.resolve("moving.png").toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("an animation is saved as .gif").hasMessageContaining("frame(i).save(path)");
        assertThatThrownBy(() -> a.show()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void badFramesAndOptionsAreRefused() {
        Figure small = new Figure().point(0, 0).size(100, 100);
        Figure big = new Figure().point(0, 0).size(200, 100);
        assertThatThrownBy(() -> Animation.of(null, List.of(small, big), List.of("a", "b")))
                .hasMessage("animation: every frame must have the size of frame 0 (100 x 100), but frame 1 is 200 x 100");
        assertThatThrownBy(() -> Animation.of(null, List.of(small), List.of("a", "b")))
                .hasMessage("animation: needs one caption per frame (1), got 2");
        assertThatThrownBy(() -> Animation.of(null, List.of(), List.of()))
                .hasMessage("animation: needs at least one frame, got none");
        Animation a = Animation.of(null, List.of(small), List.of("a"));
        assertThatThrownBy(() -> a.delay(5)).hasMessage("delay: expected 10..10000 ms per frame, got 5");
        assertThatThrownBy(() -> a.select(1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("frame 1 is out of range: the animation has frames 0..0");
        assertThatThrownBy(() -> a.name("no spaces")).isInstanceOf(IllegalArgumentException.class);
        assertThat(a.name("ok").toString()).isEqualTo("Animation[ok: 1 frame, 200 ms each]");
    }

    @Test
    void framesAreSnapshots() {
        Figure f = new Figure().name("f").point(0, 0);
        Animation a = Animation.of(null, List.of(f), List.of("a"));
        f.point(1, 1).title("changed later");
        assertThat(a.frame(0).toString()).isEqualTo("Figure[f: scatter]");
        assertThat(a.frame(0).title()).isNull();
    }

    @Test
    void aScriptRunNumbersAnimationsAmongFigures() {
        List<Path> reported = new ArrayList<>();
        FileDisplay d = new FileDisplay(dir.resolve("out"), reported::add);
        new Figure(d).name("first").point(0, 0).size(80, 60).show();
        moving(d, 3).name("anim").show();
        new Figure(d).name("last").point(0, 0).size(80, 60).show();
        assertThat(reported).containsExactly(dir.resolve("out/01-first.png"), dir.resolve("out/02-anim.gif"),
                dir.resolve("out/03-last.png"));
        assertThat(reported.get(1)).isRegularFile();
    }

    @Test
    void aTerminalDrawsTheSelectedFrameAndSavesTheGif() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        TerminalDisplay d = new TerminalDisplay(new PrintStream(buf, true, StandardCharsets.UTF_8), 40, 12, false, dir,
                TerminalDisplay.Graphics.TEXT);
        moving(d, 3).select(2).show();
        String text = buf.toString(StandardCharsets.UTF_8);
        assertThat(text).endsWith("[moving: x = 2; all 3 frames: " + dir.resolve("01-moving.gif") + "]\n");
        assertThat(dir.resolve("01-moving.gif")).isRegularFile();
    }

    @Test
    void anyOtherDisplayShowsTheSelectedFrame() {
        List<Figure> shown = new ArrayList<>();
        Display d = shown::add;
        moving(d, 3).select(1).show();
        assertThat(shown).hasSize(1);
        assertThat(redX(shown.get(0).image())).isCloseTo(redX(moving(null, 3).frame(1).image()),
                org.assertj.core.api.Assertions.within(0.01));
    }

    @Test
    void thePaletteIsExactForFewColoursAndKeepsAPlotsPureColours() throws Exception {
        BufferedImage img = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        int[] colours = {0xffffff, 0xff0000, 0x1f77b4, 0x000000, 0xb0b0b0};
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 30; x++) {
                img.setRGB(x, y, colours[(x * 7 + y * 3) % colours.length]);
            }
        }
        BufferedImage back = decode(GifEncoding.encode(List.of(img), 100), new int[1]).get(0);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 30; x++) {
                assertThat(back.getRGB(x, y) & 0xffffff).isEqualTo(img.getRGB(x, y) & 0xffffff);
            }
        }
        // a rendered plot: its most frequent colours, the marker's pure red among them, come through unchanged
        BufferedImage frame = decode(moving(null, 1).gif(), new int[1]).get(0);
        int red = 0;
        for (int y = 0; y < frame.getHeight(); y++) {
            for (int x = 0; x < frame.getWidth(); x++) {
                if ((frame.getRGB(x, y) & 0xffffff) == 0xff0000) {
                    red++;
                }
            }
        }
        assertThat(red).isGreaterThan(20);
    }
}
