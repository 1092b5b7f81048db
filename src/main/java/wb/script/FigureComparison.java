package wb.script;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Compares a figure a run wrote with its recorded reference: equal bytes match; otherwise two
 * images of the same size match when few pixels differ visibly.
 *
 * <p>The tolerance exists because JDK builds rasterise text slightly differently (each JDK
 * build brings its own FreeType and font hinting), so the same figure is not byte-identical on
 * JDK 17 and JDK 25. It is loose enough for anti-aliasing at glyph edges and tight enough that
 * a moved curve, marker or tick label fails: see {@link #MAX_DIFFERING_SHARE}.
 */
final class FigureComparison {
    /** A pixel differs visibly when a colour channel differs by more than this (of 255). */
    static final int CHANNEL_TOLERANCE = 48;
    /** The largest share of visibly differing pixels that still matches. */
    static final double MAX_DIFFERING_SHARE = 0.002;

    private FigureComparison() {
    }

    /** The verdict on one figure: whether it matches, and in words how it differs. */
    record Verdict(boolean matches, String detail) {
    }

    static Verdict compare(Path expected, Path actual) throws IOException {
        byte[] a = Files.readAllBytes(expected);
        byte[] b = Files.readAllBytes(actual);
        if (Arrays.equals(a, b)) {
            return new Verdict(true, "identical");
        }
        Optional<BufferedImage> left = read(expected);
        Optional<BufferedImage> right = read(actual);
        if (left.isEmpty() || right.isEmpty()) {
            return new Verdict(false, "the files differ and are not both images to compare by pixels");
        }
        BufferedImage x = left.get();
        BufferedImage y = right.get();
        if (x.getWidth() != y.getWidth() || x.getHeight() != y.getHeight()) {
            return new Verdict(false, "the size differs: expected " + x.getWidth() + "x" + x.getHeight()
                    + ", got " + y.getWidth() + "x" + y.getHeight());
        }
        long differing = 0;
        for (int row = 0; row < x.getHeight(); row++) {
            for (int col = 0; col < x.getWidth(); col++) {
                if (maxChannelDifference(x.getRGB(col, row), y.getRGB(col, row)) > CHANNEL_TOLERANCE) {
                    differing++;
                }
            }
        }
        long total = (long) x.getWidth() * x.getHeight();
        double share = (double) differing / total;
        String detail = String.format(java.util.Locale.ROOT, "%d of %d pixels (%.3f%%) differ by more than %d/255",
                differing, total, 100 * share, CHANNEL_TOLERANCE);
        return new Verdict(share <= MAX_DIFFERING_SHARE, detail);
    }

    private static Optional<BufferedImage> read(Path file) {
        try {
            return Optional.ofNullable(ImageIO.read(file.toFile()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int maxChannelDifference(int p, int q) {
        int max = 0;
        for (int shift = 0; shift <= 24; shift += 8) {
            max = Math.max(max, Math.abs(((p >>> shift) & 0xff) - ((q >>> shift) & 0xff)));
        }
        return max;
    }
}
