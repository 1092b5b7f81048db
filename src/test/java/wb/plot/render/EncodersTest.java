package wb.plot.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import wb.plot.Figure;

class EncodersTest {

    private static Figure small() {
        return new Figure().fn(Math::sin, 0, 6).point(1, 0.5).color("red").size(160, 120).dpi(40);
    }

    @Test
    void sixelDecodesBackToThePaletteMappedImage() {
        BufferedImage img = small().image();
        String sixel = SixelEncoder.encode(img);
        assertThat(sixel).startsWith("\u001bP0;1;0q\"1;1;160;120").endsWith("\u001b\\");
        int[][] decoded = decodeSixel(sixel, 160, 120);
        for (int y = 0; y < 120; y++) {
            for (int x = 0; x < 160; x++) {
                int expect = SixelEncoder.color(SixelEncoder.nearest(img.getRGB(x, y)));
                assertThat(decoded[y][x]).as("pixel %d,%d", x, y).isEqualTo(expect);
            }
        }
    }

    @Test
    void sixelPaletteKeepsPureColoursExact() {
        assertThat(SixelEncoder.color(SixelEncoder.nearest(0xffffff))).isEqualTo(0xffffff);
        assertThat(SixelEncoder.color(SixelEncoder.nearest(0xff0000))).isEqualTo(0xff0000);
        assertThat(SixelEncoder.color(SixelEncoder.nearest(0x000000))).isEqualTo(0x000000);
    }

    @Test
    void kittyChunksReassembleToThePng() throws IOException {
        byte[] png = FigureFiles.bytes(small().spec(), FigureFiles.Format.PNG);
        String k = KittyEncoder.encode(png);
        Matcher m = Pattern.compile("\u001b_G([^;]*);([^\u001b]*)\u001b\\\\").matcher(k);
        StringBuilder data = new StringBuilder();
        int chunks = 0;
        int end = 0;
        while (m.find()) {
            assertThat(m.start()).isEqualTo(end);
            end = m.end();
            String keys = m.group(1);
            assertThat(m.group(2).length()).isLessThanOrEqualTo(KittyEncoder.CHUNK);
            if (chunks == 0) {
                assertThat(keys).startsWith("f=100,a=T,");
            } else {
                assertThat(keys).doesNotContain("f=");
            }
            data.append(m.group(2));
            chunks++;
            assertThat(keys).endsWith(end == k.length() ? "m=0" : "m=1");
        }
        assertThat(end).isEqualTo(k.length());
        assertThat(chunks).isGreaterThan(1);
        byte[] back = Base64.getDecoder().decode(data.toString());
        assertThat(back).isEqualTo(png);
        assertThat(ImageIO.read(new ByteArrayInputStream(back)).getWidth()).isEqualTo(160);
    }

    /** A minimal sixel decoder for the subset the encoder writes: raster attributes, #i;2;r;g;b, #i, !n, $, -. */
    static int[][] decodeSixel(String s, int w, int h) {
        int[][] out = new int[h][w];
        int[] palette = new int[256];
        int i = s.indexOf('q') + 1;
        int x = 0;
        int band = 0;
        int colour = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\u001b') {
                break;
            } else if (c == '"') {
                while (i + 1 < s.length() && (Character.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == ';')) {
                    i++;
                }
                i++;
            } else if (c == '#') {
                int j = i + 1;
                while (Character.isDigit(s.charAt(j)) || s.charAt(j) == ';') {
                    j++;
                }
                String[] p = s.substring(i + 1, j).split(";");
                colour = Integer.parseInt(p[0]);
                if (p.length == 5) {
                    palette[colour] = pct(p[2]) << 16 | pct(p[3]) << 8 | pct(p[4]);
                }
                i = j;
            } else if (c == '$') {
                x = 0;
                i++;
            } else if (c == '-') {
                x = 0;
                band += 6;
                i++;
            } else {
                int run = 1;
                if (c == '!') {
                    int j = i + 1;
                    while (Character.isDigit(s.charAt(j))) {
                        j++;
                    }
                    run = Integer.parseInt(s.substring(i + 1, j));
                    i = j;
                    c = s.charAt(i);
                }
                int bits = c - '?';
                for (int r = 0; r < run; r++, x++) {
                    for (int b = 0; b < 6; b++) {
                        if ((bits & (1 << b)) != 0 && band + b < h) {
                            out[band + b][x] = palette[colour];
                        }
                    }
                }
                i++;
            }
        }
        return out;
    }

    private static int pct(String v) {
        // the palette's levels survive the percent round trip: 0, 95, 135, 175, 215, 255 and the greys
        int p = Integer.parseInt(v);
        int best = 0;
        for (int c = 0; c < 256; c++) {
            if (Math.round(c * 100 / 255f) == p && nearPalette(c)) {
                best = c;
            }
        }
        return best;
    }

    private static boolean nearPalette(int c) {
        int[] lv = {0, 95, 135, 175, 215, 255};
        for (int l : lv) {
            if (l == c) {
                return true;
            }
        }
        return c >= 8 && c <= 238 && (c - 8) % 10 == 0;
    }

    @Test
    void aGifColourOutsideThePaletteTakesTheNearestEntry() {
        assertThat(GifEncoding.nearest(new int[] {0xffffff, 0xff0000}, 0xf01010)).isEqualTo(1);
    }
}
