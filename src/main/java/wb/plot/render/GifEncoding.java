package wb.plot.render;

import com.madgag.gif.fmsware.AnimatedGifEncoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * Encodes frames as a looping animated GIF with animated-gif-lib (the encoder XChart's
 * {@code GifEncoder} uses), with a palette made for plots.
 *
 * <p>The library's NeuQuant quantiser learns a palette from a sample of the pixels and lost small
 * markers' colours (pure red came out as (83, 8, 8) on a 160 × 120 frame). A plot has few colours
 * that matter and they are its most frequent ones: the background, grid, text and each line's and
 * marker's colour. So each frame's palette is its 256 most frequent exact colours (ties broken by
 * the colour value), and every other colour (anti-aliased edges) is drawn with the nearest of
 * them. That is exact for frames of at most 256 colours, and deterministic: the same frames give
 * the same bytes.
 */
public final class GifEncoding {

    private GifEncoding() {
    }

    public static byte[] encode(List<BufferedImage> frames, int delayMillis) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        AnimatedGifEncoder gif = new FrequentColours();
        gif.setRepeat(0);
        gif.setDelay(delayMillis);
        if (!gif.start(out)) {
            throw new IllegalStateException("the GIF encoder did not start");
        }
        for (int i = 0; i < frames.size(); i++) {
            if (!gif.addFrame(frames.get(i))) {
                throw new IllegalStateException("the GIF encoder rejected frame " + i);
            }
        }
        if (!gif.finish()) {
            throw new IllegalStateException("the GIF encoder could not finish");
        }
        return out.toByteArray();
    }

    /** A frame's pixels as 0xRRGGBB from the encoder's BGR bytes. */
    static int[] rgb(byte[] bgr) {
        int[] out = new int[bgr.length / 3];
        for (int p = 0, k = 0; p < out.length; p++, k += 3) {
            out[p] = ((bgr[k + 2] & 255) << 16) | ((bgr[k + 1] & 255) << 8) | (bgr[k] & 255);
        }
        return out;
    }

    /**
     * For each pixel the index of its colour in {@code palette} (filled in here: at most 256 colours,
     * the most frequent first, ties by colour value), or of the palette colour nearest to it.
     */
    static byte[] index(int[] pixels, int[] palette) {
        int[] sorted = pixels.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        int[] colours = new int[sorted.length];
        int[] counts = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                colours[distinct++] = sorted[i];
            }
            counts[distinct - 1]++;
        }
        Integer[] order = new Integer[distinct];
        for (int i = 0; i < distinct; i++) {
            order[i] = i;
        }
        // colours[] is ascending, so equal counts keep the lower colour value first (a stable sort)
        Arrays.sort(order, (a, b) -> Integer.compare(counts[b], counts[a]));
        int used = Math.min(256, distinct);
        for (int i = 0; i < used; i++) {
            palette[i] = colours[order[i]];
        }
        int[] slot = new int[distinct];
        Arrays.fill(slot, -1);
        for (int i = 0; i < used; i++) {
            slot[order[i]] = i;
        }
        int[] exact = Arrays.copyOf(palette, used);
        for (int c = 0; c < distinct; c++) {
            if (slot[c] < 0) {
                slot[c] = nearest(exact, colours[c]);
            }
        }
        byte[] out = new byte[pixels.length];
        for (int p = 0; p < pixels.length; p++) {
            out[p] = (byte) slot[Arrays.binarySearch(colours, 0, distinct, pixels[p])];
        }
        return out;
    }

    /** The index of the palette colour nearest to {@code rgb} (squared RGB distance; the first on ties). */
    static int nearest(int[] palette, int rgb) {
        int r = (rgb >> 16) & 255;
        int g = (rgb >> 8) & 255;
        int b = rgb & 255;
        int best = 0;
        int bestD = Integer.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int dr = ((palette[i] >> 16) & 255) - r;
            int dg = ((palette[i] >> 8) & 255) - g;
            int db = (palette[i] & 255) - b;
            int d = dr * dr + dg * dg + db * db;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** animated-gif-lib's encoder with {@link #palette} in place of NeuQuant. */
    private static final class FrequentColours extends AnimatedGifEncoder {
        @Override
        protected void analyzePixels() {
            int[] palette = new int[256];
            indexedPixels = index(rgb(pixels), palette);
            colorTab = new byte[768];
            usedEntry = new boolean[256];
            for (int i = 0; i < 256; i++) {
                colorTab[3 * i] = (byte) (palette[i] >> 16);
                colorTab[3 * i + 1] = (byte) (palette[i] >> 8);
                colorTab[3 * i + 2] = (byte) palette[i];
            }
            for (byte b : indexedPixels) {
                usedEntry[b & 255] = true;
            }
            pixels = null;
            colorDepth = 8;
            palSize = 7;
        }
    }
}
