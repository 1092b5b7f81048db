package wb.plot.render;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A label with TeX-like subscripts and superscripts laid out as glyph outlines: {@code w_1},
 * {@code w_{1}}, {@code $w_{1}$}, {@code x^2}, {@code 10^{-3}} (outside {@code $...$} a script
 * of one character must end the word, so {@code min_value} stays as typed) and a few commands
 * ({@code \lambda}, {@code \alpha}, ... {@code \cdot}, {@code \times}); Unicode such as
 * {@code w₁} passes through.
 *
 * <p>Text between {@code $...$} is set in the oblique face, as matplotlib's mathtext sets
 * variables. The result is an outline in pixels with its baseline at y = 0, so raster and
 * vector output draw the same shapes without depending on the fonts of the viewer.
 *
 * @param outline the outline in pixels, baseline at y = 0, starting at x = 0
 * @param width   the advance: how far the next text would start
 * @param ascent  how far the font rises above the baseline
 * @param descent how far it falls below
 */
record RichText(Shape outline, double width, double ascent, double descent) {

    private static final Map<String, String> COMMANDS = Map.ofEntries(
            Map.entry("alpha", "\u03b1"), Map.entry("beta", "\u03b2"), Map.entry("gamma", "\u03b3"),
            Map.entry("delta", "\u03b4"), Map.entry("epsilon", "\u03b5"), Map.entry("eta", "\u03b7"),
            Map.entry("theta", "\u03b8"), Map.entry("lambda", "\u03bb"), Map.entry("mu", "\u03bc"),
            Map.entry("pi", "\u03c0"), Map.entry("rho", "\u03c1"), Map.entry("sigma", "\u03c3"),
            Map.entry("tau", "\u03c4"), Map.entry("phi", "\u03c6"), Map.entry("omega", "\u03c9"),
            Map.entry("Lambda", "\u039b"), Map.entry("Sigma", "\u03a3"), Map.entry("Delta", "\u0394"),
            Map.entry("Omega", "\u03a9"), Map.entry("cdot", "\u00b7"), Map.entry("times", "\u00d7"),
            Map.entry("le", "\u2264"), Map.entry("leq", "\u2264"), Map.entry("ge", "\u2265"),
            Map.entry("geq", "\u2265"), Map.entry("infty", "\u221e"), Map.entry("nabla", "\u2207"),
            Map.entry("partial", "\u2202"), Map.entry("ell", "\u2113"), Map.entry("pm", "\u00b1"),
            Map.entry("approx", "\u2248"), Map.entry("sqrt", "\u221a"), Map.entry("|", "\u2016"));

    private static final double SCRIPT_SCALE = 0.7;
    private static final double SUB_DROP = 0.22;
    private static final double SUP_RISE = 0.42;

    /** A run of text at one script level: 0 base, -1 subscript, +1 superscript. */
    record Run(String text, int level, boolean italic) {
    }

    /** Lays {@code text} out at {@code sizePx} pixels per em with the theme's fonts. */
    static RichText layout(String text, Fonts fonts, double sizePx) {
        List<Run> runs = parse(text);
        Path2D.Double path = new Path2D.Double();
        double x = 0;
        Font base = fonts.regular(sizePx);
        FontRenderContext frc = Fonts.FRC;
        double ascent = base.getLineMetrics("Xg", frc).getAscent();
        double descent = base.getLineMetrics("Xg", frc).getDescent();
        for (Run r : runs) {
            if (r.text().isEmpty()) {
                continue;
            }
            double size = r.level() == 0 ? sizePx : sizePx * SCRIPT_SCALE;
            Font f = r.italic() ? fonts.italic(size) : fonts.regular(size);
            GlyphVector gv = f.createGlyphVector(frc, r.text());
            double dy = r.level() < 0 ? sizePx * SUB_DROP : r.level() > 0 ? -sizePx * SUP_RISE : 0;
            Shape s = gv.getOutline((float) x, (float) dy);
            path.append(s, false);
            x += gv.getLogicalBounds().getWidth();
            if (r.level() > 0) {
                ascent = Math.max(ascent, sizePx * SUP_RISE + f.getLineMetrics(r.text(), frc).getAscent());
            }
            if (r.level() < 0) {
                descent = Math.max(descent, sizePx * SUB_DROP + f.getLineMetrics(r.text(), frc).getDescent());
            }
        }
        return new RichText(path, x, ascent, descent);
    }

    /** Splits TeX-like markup into runs; unknown commands are kept as typed. */
    static List<Run> parse(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean math = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '$' && (i == 0 || text.charAt(i - 1) != '\\')) {
                flush(runs, cur, 0, math);
                math = !math;
                i++;
            } else if (c == '\\' && i + 1 < n && text.charAt(i + 1) == '$') {
                cur.append('$');
                i += 2;
            } else if (c == '\\' && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                String cmd = text.substring(i + 1, j);
                String sym = COMMANDS.get(cmd);
                cur.append(sym != null ? sym : text.substring(i, j));
                i = j;
                if (sym != null && i < n && text.charAt(i) == ' ' && math) {
                    i++;
                }
            } else if ((c == '_' || c == '^') && i + 1 < n && (math || isScript(text, i))) {
                flush(runs, cur, 0, math);
                int level = c == '_' ? -1 : 1;
                String script;
                if (text.charAt(i + 1) == '{') {
                    int close = matching(text, i + 1);
                    script = text.substring(i + 2, close);
                    i = close + 1;
                } else if (text.charAt(i + 1) == '\\') {
                    int j = i + 2;
                    while (j < n && Character.isLetter(text.charAt(j))) {
                        j++;
                    }
                    script = text.substring(i + 1, j);
                    i = j;
                } else {
                    script = text.substring(i + 1, i + 2);
                    i += 2;
                }
                for (Run r : parse(math ? "$" + script + "$" : script)) {
                    runs.add(new Run(r.text(), level, r.italic() && !isDigits(r.text())));
                }
            } else {
                cur.append(c);
                i++;
            }
        }
        flush(runs, cur, 0, math);
        return runs;
    }

    /**
     * Outside {@code $...$} a {@code _} or {@code ^} starts a script only before braces or before a
     * single character that ends a word ({@code w_1}, {@code e^x}), so that names such as
     * {@code triangle_up} stay as typed.
     */
    private static boolean isScript(String text, int i) {
        if (text.charAt(i + 1) == '{' || text.charAt(i + 1) == '\\') {
            return true;
        }
        return i + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 2));
    }

    private static boolean isDigits(String s) {
        return s.chars().allMatch(ch -> Character.isDigit(ch) || ch == '\u2212' || ch == '-');
    }

    private static int matching(String text, int open) {
        int depth = 0;
        for (int j = open; j < text.length(); j++) {
            if (text.charAt(j) == '{') {
                depth++;
            } else if (text.charAt(j) == '}') {
                depth--;
                if (depth == 0) {
                    return j;
                }
            }
        }
        throw new IllegalArgumentException("label \"" + text + "\": the '{' at column " + (open + 1) + " is never closed");
    }

    private static void flush(List<Run> runs, StringBuilder cur, int level, boolean math) {
        if (cur.length() > 0) {
            String s = cur.toString();
            // digits and operators stay upright in math, like mathtext
            runs.add(new Run(math ? s.replace('-', '\u2212') : s, level, math && !isDigits(s)));
            cur.setLength(0);
        }
    }

    /** The outline moved so that its baseline starts at (x, y). */
    Shape at(double x, double y) {
        return AffineTransform.getTranslateInstance(x, y).createTransformedShape(outline);
    }

    /** The outline rotated 90 degrees counter-clockwise, its baseline running up from (x, y). */
    Shape rotatedAt(double x, double y) {
        AffineTransform t = AffineTransform.getTranslateInstance(x, y);
        t.rotate(-Math.PI / 2);
        return t.createTransformedShape(outline);
    }

    double height() {
        return ascent + descent;
    }

    /** Plain text for terminals: scripts become Unicode sub/superscripts where they exist. */
    static String plain(String text) {
        StringBuilder out = new StringBuilder();
        for (Run r : parse(text)) {
            out.append(r.level() == 0 ? r.text() : script(r.text(), r.level() < 0));
        }
        return out.toString();
    }

    private static String script(String s, boolean sub) {
        String from = "0123456789+-\u2212=()aeoxhklmnpstij";
        String subs = "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089\u208a\u208b\u208b\u208c\u208d\u208e"
                + "\u2090\u2091\u2092\u2093\u2095\u2096\u2097\u2098\u2099\u209a\u209b\u209c\u1d62\u2c7c";
        String sups = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u207a\u207b\u207b\u207c\u207d\u207e"
                + "\u1d43\u1d49\u1d52\u02e3\u02b0\u1d4f\u02e1\u1d50\u207f\u1d56\u02e2\u1d57\u2071\u02b2";
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            int k = from.indexOf(ch);
            if (k < 0) {
                return (sub ? "_" : "^") + (s.length() == 1 ? s : "{" + s + "}");
            }
            b.append((sub ? subs : sups).charAt(k));
        }
        return b.toString();
    }

}
