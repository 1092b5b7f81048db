package wb.repl;

import java.util.function.UnaryOperator;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;

/**
 * Whether the prompt may use colour: not when {@code NO_COLOR} is set to anything
 * (<a href="https://no-color.org">no-color.org</a>), not on a dumb terminal, and not on a terminal
 * with fewer than 8 colours.
 */
public final class ColorPolicy {
    private ColorPolicy() {
    }

    /**
     * @param env looks up an environment variable, e.g. {@code System::getenv}
     */
    public static boolean colorAllowed(Terminal terminal, UnaryOperator<String> env) {
        String noColor = env.apply("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return false;
        }
        String type = terminal.getType();
        if (type == null || type.startsWith(Terminal.TYPE_DUMB)) {
            return false;
        }
        Integer colors = terminal.getNumericCapability(InfoCmp.Capability.max_colors);
        return colors != null && colors >= 8;
    }
}
