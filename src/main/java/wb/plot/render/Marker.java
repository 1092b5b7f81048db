package wb.plot.render;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A marker shape for points, named as in matplotlib: {@code "o"} circle, {@code "s"} square,
 * {@code "D"} diamond, {@code "^"} and {@code "v"} triangles, {@code "x"} cross, {@code "+"} plus,
 * {@code "*"} star, {@code "."} point.
 */
public enum Marker {
    CIRCLE("o", true), SQUARE("s", true), DIAMOND("D", true), TRIANGLE_UP("^", true),
    TRIANGLE_DOWN("v", true), CROSS("x", false), PLUS("+", false), STAR("*", true), POINT(".", true);

    private final String code;
    private final boolean filled;

    Marker(String code, boolean filled) {
        this.code = code;
        this.filled = filled;
    }

    /** The matplotlib code of this marker, e.g. {@code "o"}. */
    public String code() {
        return code;
    }

    /** Whether the shape is filled (circle, square, ...) or stroked (cross, plus). */
    public boolean filled() {
        return filled;
    }

    /**
     * The marker a matplotlib code or an enum name denotes ({@code "x"}, {@code "o"}, {@code "circle"}).
     *
     * @throws IllegalArgumentException listing the codes when there is no such marker
     */
    public static Marker parse(String s) {
        if (s != null) {
            for (Marker m : values()) {
                if (m.code.equals(s) || m.name().equalsIgnoreCase(s.strip().replace(' ', '_').toUpperCase(Locale.ROOT))) {
                    return m;
                }
            }
            if (s.equalsIgnoreCase("d")) {
                return DIAMOND;
            }
        }
        throw new IllegalArgumentException("marker: unknown marker \"" + s + "\"; expected one of "
                + Arrays.stream(values()).map(m -> "\"" + m.code + "\" (" + m.name().toLowerCase(Locale.ROOT) + ")")
                        .collect(Collectors.joining(", ")));
    }

    /**
     * The shape centred on (x, y) for a marker {@code size} pixels across (matplotlib's
     * markersize; a scatter size {@code s} in points squared is a width of sqrt(s) points).
     */
    Shape shape(double x, double y, double size) {
        double r = size / 2;
        switch (this) {
            case CIRCLE:
                return new Ellipse2D.Double(x - r, y - r, size, size);
            case POINT:
                return new Ellipse2D.Double(x - r / 2, y - r / 2, r, r);
            case SQUARE:
                return new Rectangle2D.Double(x - r, y - r, size, size);
            case DIAMOND: {
                Path2D.Double p = new Path2D.Double();
                double d = r * 1.2;
                p.moveTo(x, y - d);
                p.lineTo(x + d * 0.8, y);
                p.lineTo(x, y + d);
                p.lineTo(x - d * 0.8, y);
                p.closePath();
                return p;
            }
            case TRIANGLE_UP:
            case TRIANGLE_DOWN: {
                double s = this == TRIANGLE_UP ? 1 : -1;
                Path2D.Double p = new Path2D.Double();
                p.moveTo(x, y - s * r);
                p.lineTo(x + r, y + s * r);
                p.lineTo(x - r, y + s * r);
                p.closePath();
                return p;
            }
            case CROSS: {
                Path2D.Double p = new Path2D.Double();
                p.moveTo(x - r, y - r);
                p.lineTo(x + r, y + r);
                p.moveTo(x - r, y + r);
                p.lineTo(x + r, y - r);
                return p;
            }
            case PLUS: {
                Path2D.Double p = new Path2D.Double();
                p.moveTo(x - r, y);
                p.lineTo(x + r, y);
                p.moveTo(x, y - r);
                p.lineTo(x, y + r);
                return p;
            }
            case STAR: {
                Path2D.Double p = new Path2D.Double();
                for (int k = 0; k < 10; k++) {
                    double rr = k % 2 == 0 ? r * 1.15 : r * 0.47;
                    double a = -Math.PI / 2 + k * Math.PI / 5;
                    double px = x + rr * Math.cos(a);
                    double py = y + rr * Math.sin(a);
                    if (k == 0) {
                        p.moveTo(px, py);
                    } else {
                        p.lineTo(px, py);
                    }
                }
                p.closePath();
                return p;
            }
            default:
                throw new AssertionError(this);
        }
    }
}
