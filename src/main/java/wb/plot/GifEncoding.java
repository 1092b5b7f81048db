package wb.plot;

import com.madgag.gif.fmsware.AnimatedGifEncoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Encodes frames as a looping animated GIF with animated-gif-lib (the encoder XChart's
 * {@code GifEncoder} uses). Each frame gets its own 256-colour palette from the NeuQuant
 * quantiser, which is integer arithmetic on the pixels only, so the same frames always give the
 * same bytes.
 */
final class GifEncoding {
    /** NeuQuant's sampling factor: 1 learns from every pixel (best colours, slowest), 10 is its default. */
    private static final int QUALITY = 10;

    private GifEncoding() {
    }

    static byte[] encode(List<BufferedImage> frames, int delayMillis) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        AnimatedGifEncoder gif = new AnimatedGifEncoder();
        gif.setRepeat(0);
        gif.setDelay(delayMillis);
        gif.setQuality(QUALITY);
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
}
