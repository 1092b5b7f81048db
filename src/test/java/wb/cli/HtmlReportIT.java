package wb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of a script run ({@code wb run --html}) opened in headless Chromium: the
 * screenshot shows each figure the run saved, pixel for pixel where it is laid out.
 */
class HtmlReportIT extends LauncherRuns {
    /** How far a screenshot pixel's channels may be from the figure's (colour handling in the browser). */
    private static final int TOLERANCE = 12;

    @TempDir
    Path tmp;

    @Test
    void theReportShowsTheRunsFiguresInChromium() throws Exception {
        Files.writeString(tmp.resolve("report.jsh"), String.join("\n",
                "// Two figures and some text.",
                "print(\"hello\", 1);",
                "",
                "plot(x -> x * x, -1, 1).name(\"square\")",
                "",
                "plot(x -> Math.sin(3 * x), -2, 2).color(\"red\").name(\"sine\")",
                ""));
        Launcher.Result run = wb.run(tmp, null, "run", "--out", "out", "--html", "report.html", "report.jsh");
        assertThat(run.status()).as(run.err()).isZero();

        Path profile = Files.createDirectory(tmp.resolve("chromium-profile"));
        Path shot = tmp.resolve("shot.png");
        Launcher.Result chromium = Jupyter.run(tmp, java.util.Map.of(), 120, "chromium", "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--hide-scrollbars",
                "--force-device-scale-factor=1", "--window-size=900,1800", "--screenshot=" + shot,
                tmp.resolve("report.html").toUri().toString());
        assertThat(shot).as(chromium.err()).exists();
        BufferedImage screenshot = ImageIO.read(shot.toFile());

        for (String figure : List.of("01-square.png", "02-sine.png")) {
            BufferedImage image = ImageIO.read(tmp.resolve("out").resolve(figure).toFile());
            assertThat(find(screenshot, image)).as(figure + " in the screenshot").isTrue();
        }
    }

    /**
     * Whether {@code image} appears in {@code page}: anchored on its most colourful pixel, with at
     * least 99% of a grid of its pixels within {@link #TOLERANCE} at that place.
     */
    private static boolean find(BufferedImage page, BufferedImage image) {
        int ax = 0;
        int ay = 0;
        int best = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int c = image.getRGB(x, y);
                int r = (c >> 16) & 255;
                int g = (c >> 8) & 255;
                int b = c & 255;
                int chroma = Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
                if (chroma > best) {
                    best = chroma;
                    ax = x;
                    ay = y;
                }
            }
        }
        int anchor = image.getRGB(ax, ay);
        for (int sy = ay; sy <= page.getHeight() - image.getHeight() + ay; sy++) {
            for (int sx = ax; sx <= page.getWidth() - image.getWidth() + ax; sx++) {
                if (close(page.getRGB(sx, sy), anchor) && matches(page, image, sx - ax, sy - ay)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(BufferedImage page, BufferedImage image, int left, int top) {
        int checked = 0;
        int same = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                checked++;
                same += close(page.getRGB(left + x, top + y), image.getRGB(x, y)) ? 1 : 0;
            }
        }
        return same >= 0.99 * checked;
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 255) - ((b >> shift) & 255)) > TOLERANCE) {
                return false;
            }
        }
        return true;
    }
}
