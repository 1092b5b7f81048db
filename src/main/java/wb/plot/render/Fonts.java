package wb.plot.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled DejaVu Sans faces (regular and oblique), so that figures look the same on every
 * machine whatever fonts it has installed. DejaVu's licence (Bitstream Vera terms, DejaVu changes
 * in the public domain) permits bundling; it ships beside the fonts as LICENSE-DejaVu.txt.
 */
final class Fonts {

    /** Anti-aliased, fractional metrics: layout independent of the device. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private static final Fonts BUNDLED = new Fonts(load("DejaVuSans.ttf"), load("DejaVuSans-Oblique.ttf"));

    private final Font regular;
    private final Font italic;

    private Fonts(Font regular, Font italic) {
        this.regular = regular;
        this.italic = italic;
    }

    static Fonts bundled() {
        return BUNDLED;
    }

    Font regular(double sizePx) {
        return regular.deriveFont((float) sizePx);
    }

    Font italic(double sizePx) {
        return italic.deriveFont((float) sizePx);
    }

    private static Font load(String file) {
        try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("wb/plot/render/fonts/" + file + " is missing from the class path");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("wb/plot/render/fonts/" + file + " is not a TrueType font", e);
        }
    }
}
