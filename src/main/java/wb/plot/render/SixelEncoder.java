package wb.plot.render;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Encodes an image as a DEC sixel escape sequence for terminals that show sixel graphics
 * (xterm -ti vt340, mlterm, foot, WezTerm, ...).
 *
 * <p>Colours are mapped to a fixed palette, the 6 x 6 x 6 colour cube plus 24 greys (the xterm
 * 256-colour layout without the first 16), by nearest distance; each band of six pixel rows is
 * written colour by colour with run-length compression ({@code !n}).
 */
public final class SixelEncoder {

    private static final int[] PALETTE = palette();

    private SixelEncoder() {
    }

    /** The sixel sequence for {@code img}: {@code ESC P q}, raster attributes, palette, bands, {@code ESC \}. */
    public static String encode(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] idx = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                idx[y * w + x] = nearest(img.getRGB(x, y));
            }
        }
        StringBuilder b = new StringBuilder(w * h / 2);
        b.append("\u001bP0;1;0q\"1;1;").append(w).append(';').append(h);
        boolean[] used = new boolean[PALETTE.length];
        for (int i : idx) {
            used[i] = true;
        }
        for (int i = 0; i < PALETTE.length; i++) {
            if (used[i]) {
                int c = PALETTE[i];
                b.append('#').append(i).append(";2;").append(pct(c >> 16)).append(';').append(pct(c >> 8)).append(';')
                        .append(pct(c));
            }
        }
        char[] row = new char[w];
        for (int band = 0; band < h; band += 6) {
            boolean[] inBand = new boolean[PALETTE.length];
            for (int y = band; y < Math.min(h, band + 6); y++) {
                for (int x = 0; x < w; x++) {
                    inBand[idx[y * w + x]] = true;
                }
            }
            boolean first = true;
            for (int c = 0; c < PALETTE.length; c++) {
                if (!inBand[c]) {
                    continue;
                }
                Arrays.fill(row, (char) 0);
                for (int y = band; y < Math.min(h, band + 6); y++) {
                    for (int x = 0; x < w; x++) {
                        if (idx[y * w + x] == c) {
                            row[x] |= (char) (1 << (y - band));
                        }
                    }
                }
                if (!first) {
                    b.append('$');
                }
                first = false;
                b.append('#').append(c);
                runs(b, row);
            }
            b.append('-');
        }
        return b.append("\u001b\\").toString();
    }

    private static void runs(StringBuilder b, char[] row) {
        int n = row.length;
        // trailing empty sixels need not be written
        while (n > 0 && row[n - 1] == 0) {
            n--;
        }
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && row[j] == row[i]) {
                j++;
            }
            char ch = (char) ('?' + row[i]);
            int run = j - i;
            if (run > 3) {
                b.append('!').append(run).append(ch);
            } else {
                for (int k = 0; k < run; k++) {
                    b.append(ch);
                }
            }
            i = j;
        }
    }

    private static int pct(int v) {
        return Math.round((v & 0xff) * 100 / 255f);
    }

    /** Index of the palette colour nearest to an RGB value. */
    static int nearest(int rgb) {
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        int best = 0;
        long bestD = Long.MAX_VALUE;
        // the cube neighbour and the grey ramp neighbour are the only candidates worth testing
        int[] cand = {cubeIndex(r, g, b), 216 + Math.max(0, Math.min(23, ((r + g + b) / 3 - 8 + 5) / 10))};
        for (int i : cand) {
            int c = PALETTE[i];
            long d = sq(r - (c >> 16 & 0xff)) + sq(g - (c >> 8 & 0xff)) + sq(b - (c & 0xff));
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** The palette colour at {@code index}, as RGB. */
    static int color(int index) {
        return PALETTE[index];
    }

    private static int cubeIndex(int r, int g, int b) {
        return 36 * step(r) + 6 * step(g) + step(b);
    }

    private static int step(int v) {
        return v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40;
    }

    private static long sq(int v) {
        return (long) v * v;
    }

    private static int[] palette() {
        int[] p = new int[216 + 24];
        int[] lv = {0, 95, 135, 175, 215, 255};
        for (int r = 0; r < 6; r++) {
            for (int g = 0; g < 6; g++) {
                for (int b = 0; b < 6; b++) {
                    p[36 * r + 6 * g + b] = lv[r] << 16 | lv[g] << 8 | lv[b];
                }
            }
        }
        for (int i = 0; i < 24; i++) {
            int v = 8 + 10 * i;
            p[216 + i] = v << 16 | v << 8 | v;
        }
        return p;
    }
}
