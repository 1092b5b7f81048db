package wb.api;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import wb.numeric.kernel.Repr;

/**
 * The text wb shows for a value: what the REPL echoes, what scripts print, what {@code str}
 * returns.
 *
 * <p>Floating-point numbers go through {@link Repr}, the shortest text that reads back as the
 * same number, on every JDK ({@code Double.toString}, which JShell uses, printed
 * {@code 9.999999999999999E22} for 1e23 on JDK 17 and {@code 1.0E23} from JDK 19). Arrays and
 * collections show at most {@value #SHOWN} elements at each end. Everything else is shown as
 * JShell shows it (strings quoted, {@code toString()} otherwise), which is how vectors,
 * matrices and data sets print like numpy.
 */
public final class Values {
    /** How many elements of a long array or collection are shown at each end. */
    static final int SHOWN = 10;

    private Values() {
    }

    /**
     * {@code label} then {@code text}, the text's further lines aligned under its first, as
     * {@code w ==> [[1.0]} / {@code       [2.0]]} and {@code print("w", w)} show a matrix.
     */
    public static String labelled(String label, String text) {
        return label + text.replace("\n", "\n" + " ".repeat(label.length()));
    }

    /** The text of a value: {@link #format(Object, String)} with {@code toString()} as the fallback. */
    public static String format(Object value) {
        return format(value, null);
    }

    /**
     * The text of a value.
     *
     * @param value    the value itself
     * @param fallback the text for a value this class does not format itself (JShell's own
     *                 rendering, which quotes strings); null for {@code toString()}
     */
    public static String format(Object value, String fallback) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double || value instanceof Float) {
            return Repr.scalar(((Number) value).doubleValue());
        }
        if (value.getClass().isArray()) {
            return array(value);
        }
        if ((value instanceof Collection || value instanceof Map) && containsFloatingPoint(value)) {
            return value instanceof Map ? map((Map<?, ?>) value) : collection((Collection<?>) value);
        }
        return fallback == null ? String.valueOf(value) : fallback;
    }

    private static String element(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return Repr.scalar(((Number) value).doubleValue());
        }
        if (value instanceof String) {
            return '"' + (String) value + '"';
        }
        if (value instanceof Character) {
            return "'" + value + "'";
        }
        if (value != null && value.getClass().isArray()) {
            return array(value);
        }
        return String.valueOf(value);
    }

    private static String array(Object array) {
        int length = Array.getLength(array);
        StringBuilder out = new StringBuilder();
        out.append(array.getClass().getComponentType().getSimpleName()).append('[').append(length).append("] {");
        for (int i = 0; i < length; i++) {
            if (length > 2 * SHOWN && i == SHOWN) {
                out.append(" ...,");
                i = length - SHOWN;
            }
            out.append(i == 0 ? " " : ", ").append(element(Array.get(array, i)));
        }
        return out.append(length == 0 ? "}" : " }").toString();
    }

    private static String collection(Collection<?> values) {
        StringBuilder out = new StringBuilder("[");
        int i = 0;
        int size = values.size();
        for (Iterator<?> it = values.iterator(); it.hasNext(); i++) {
            Object next = it.next();
            if (size > 2 * SHOWN && i >= SHOWN && i < size - SHOWN) {
                if (i == SHOWN) {
                    out.append(", ...");
                }
                continue;
            }
            out.append(i == 0 ? "" : ", ").append(element(next));
        }
        return out.append(']').toString();
    }

    private static String map(Map<?, ?> map) {
        StringBuilder out = new StringBuilder("{");
        int i = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (i == 2 * SHOWN) {
                out.append(", ...");
                break;
            }
            out.append(i++ == 0 ? "" : ", ").append(element(entry.getKey())).append('=').append(element(entry.getValue()));
        }
        return out.append('}').toString();
    }

    private static boolean containsFloatingPoint(Object container) {
        Iterable<?> items = container instanceof Map
                ? ((Map<?, ?>) container).entrySet() : (Collection<?>) container;
        int checked = 0;
        for (Object item : items) {
            if (checked++ > 2 * SHOWN) {
                return false;
            }
            if (item instanceof Map.Entry) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) item;
                if (isFloating(e.getKey()) || isFloating(e.getValue())) {
                    return true;
                }
            } else if (isFloating(item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFloating(Object o) {
        return o instanceof Double || o instanceof Float;
    }
}
