package wb.plot.render;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Colour names as matplotlib spells them: the default cycle {@code C0}..{@code C9} (tab:blue,
 * tab:orange, ...), the {@code tab:} names, the basic names ({@code red}, {@code black}, ...) and
 * {@code #rrggbb} hex codes.
 */
public final class Colors {

    /** matplotlib's default property cycle ("tab10"), in order. */
    static final Color[] CYCLE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)
    };

    private static final Map<String, Color> NAMED = new LinkedHashMap<>();

    static {
        String[] tab = {"blue", "orange", "green", "red", "purple", "brown", "pink", "gray", "olive", "cyan"};
        for (int i = 0; i < tab.length; i++) {
            NAMED.put("tab:" + tab[i], CYCLE[i]);
            NAMED.put("c" + i, CYCLE[i]);
        }
        NAMED.put("tab:grey", CYCLE[7]);
        // matplotlib's BASE_COLORS and the CSS names the notebook world uses most
        NAMED.put("b", new Color(0x0000ff));
        NAMED.put("g", new Color(0x008000));
        NAMED.put("r", new Color(0xff0000));
        NAMED.put("c", new Color(0x00bfbf));
        NAMED.put("m", new Color(0xbf00bf));
        NAMED.put("y", new Color(0xbfbf00));
        NAMED.put("k", new Color(0x000000));
        NAMED.put("w", new Color(0xffffff));
        NAMED.put("black", new Color(0x000000));
        NAMED.put("white", new Color(0xffffff));
        NAMED.put("red", new Color(0xff0000));
        NAMED.put("green", new Color(0x008000));
        NAMED.put("blue", new Color(0x0000ff));
        NAMED.put("orange", new Color(0xffa500));
        NAMED.put("purple", new Color(0x800080));
        NAMED.put("brown", new Color(0xa52a2a));
        NAMED.put("pink", new Color(0xffc0cb));
        NAMED.put("gray", new Color(0x808080));
        NAMED.put("grey", new Color(0x808080));
        NAMED.put("olive", new Color(0x808000));
        NAMED.put("cyan", new Color(0x00ffff));
        NAMED.put("magenta", new Color(0xff00ff));
        NAMED.put("yellow", new Color(0xffff00));
        NAMED.put("navy", new Color(0x000080));
        NAMED.put("teal", new Color(0x008080));
        NAMED.put("gold", new Color(0xffd700));
        NAMED.put("darkred", new Color(0x8b0000));
        NAMED.put("darkgreen", new Color(0x006400));
        NAMED.put("darkblue", new Color(0x00008b));
        NAMED.put("lightgray", new Color(0xd3d3d3));
        NAMED.put("darkgray", new Color(0xa9a9a9));
    }

    private Colors() {
    }

    /**
     * The colour a matplotlib-style name denotes: {@code "red"}, {@code "tab:blue"}, {@code "C1"},
     * {@code "k"} or {@code "#1f77b4"}; case-insensitive.
     *
     * @throws IllegalArgumentException naming the colour and the accepted forms when it is unknown
     */
    public static Color parse(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("color: expected a colour name such as \"red\", \"tab:blue\", \"C0\" or \"#1f77b4\", got "
                    + (name == null ? "null" : "an empty string"));
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (key.startsWith("#")) {
            if (key.length() == 7) {
                try {
                    return new Color(Integer.parseInt(key.substring(1), 16));
                } catch (NumberFormatException e) {
                    // reported below with the accepted forms
                }
            }
            throw new IllegalArgumentException("color: \"" + name + "\" is not a #rrggbb hex colour (six hex digits after #)");
        }
        Color c = NAMED.get(key);
        if (c == null) {
            throw new IllegalArgumentException("color: unknown colour \"" + name + "\"; expected #rrggbb, C0..C9, tab:blue.."
                    + "tab:cyan or one of " + String.join(", ", basicNames()));
        }
        return c;
    }

    private static String[] basicNames() {
        return NAMED.keySet().stream().filter(k -> !k.startsWith("tab:") && k.length() > 2).toArray(String[]::new);
    }

    /** The {@code i}-th colour of the default cycle (wrapping around after ten). */
    static Color cycle(int i) {
        return CYCLE[Math.floorMod(i, CYCLE.length)];
    }

    /** The colour as {@code #rrggbb}. */
    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
