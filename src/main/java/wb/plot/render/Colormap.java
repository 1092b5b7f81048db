package wb.plot.render;

import java.awt.Color;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A colormap: a 256-entry lookup table from [0, 1] to colours, with matplotlib's own tables for
 * viridis, inferno, magma, plasma, cividis, Blues, Greens, Greys, Oranges, Purples, Reds, coolwarm
 * and RdBu (each also reversed with an {@code _r} suffix).
 *
 * <p>{@link #at(double)} samples as matplotlib's {@code Colormap.__call__} does for a float:
 * index {@code min(255, floor(t * 256))}, values outside [0, 1] clamped. The tables are
 * generated from matplotlib by {@code src/bench/python/make_colormaps.py}.
 */
public final class Colormap {

    private static final Map<String, Colormap> MAPS = load();

    private final String name;
    private final int[] rgb;

    private Colormap(String name, int[] rgb) {
        this.name = name;
        this.rgb = rgb;
    }

    /**
     * The colormap called {@code name} (case-sensitive as in matplotlib, e.g. {@code "Blues"};
     * a lower-case spelling is accepted when it is unambiguous; {@code _r} reverses).
     *
     * @throws IllegalArgumentException listing the known names when there is no such map
     */
    public static Colormap named(String name) {
        if (name != null) {
            Colormap m = MAPS.get(name);
            if (m != null) {
                return m;
            }
            for (Colormap c : MAPS.values()) {
                if (c.name.equalsIgnoreCase(name)) {
                    return c;
                }
            }
        }
        throw new IllegalArgumentException("cmap: unknown colormap \"" + name + "\"; known: " + String.join(", ", names()));
    }

    /** The names of the known colormaps, without the reversed {@code _r} variants. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (String n : MAPS.keySet()) {
            if (!n.endsWith("_r")) {
                out.add(n);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** This map's name. */
    public String name() {
        return name;
    }

    /** The colour at {@code t} in [0, 1]: entry {@code min(255, floor(256 t))}, clamped; NaN is transparent. */
    public Color at(double t) {
        return new Color(argb(t), true);
    }

    /** As {@link #at(double)}, packed as opaque ARGB (fully transparent for NaN). */
    int argb(double t) {
        if (Double.isNaN(t)) {
            return 0;
        }
        int i = (int) Math.floor(t * 256);
        i = Math.max(0, Math.min(255, i));
        return 0xff000000 | rgb[i];
    }

    @Override
    public String toString() {
        return "Colormap[" + name + "]";
    }

    private static Map<String, Colormap> load() {
        Map<String, Colormap> maps = new LinkedHashMap<>();
        try (InputStream in = Colormap.class.getResourceAsStream("colormaps.txt")) {
            if (in == null) {
                throw new IllegalStateException("wb/plot/render/colormaps.txt is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String current = null;
            int[] table = null;
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (line.startsWith("map ")) {
                    if (current != null) {
                        put(maps, current, table, n);
                    }
                    current = line.substring(4).strip();
                    table = new int[256];
                    n = 0;
                } else {
                    String[] p = line.trim().split(" ");
                    table[n++] = Integer.parseInt(p[0]) << 16 | Integer.parseInt(p[1]) << 8 | Integer.parseInt(p[2]);
                }
            }
            if (current != null) {
                put(maps, current, table, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(maps);
    }

    private static void put(Map<String, Colormap> maps, String name, int[] table, int n) {
        if (n != 256) {
            throw new IllegalStateException("colormaps.txt: map " + name + " has " + n + " entries, expected 256");
        }
        int[] rev = new int[256];
        for (int i = 0; i < 256; i++) {
            rev[i] = table[255 - i];
        }
        maps.put(name, new Colormap(name, table));
        maps.put(name + "_r", new Colormap(name + "_r", rev));
    }
}
