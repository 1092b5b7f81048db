package wb.session;

import java.util.ArrayList;
import java.util.List;

/** The imports a session starts with: the JDK's most used packages and the workbench's facades. */
final class Preloads {
    private static final List<String> JDK = List.of(
            "import java.util.*;",
            "import java.util.function.*;",
            "import java.util.stream.*;",
            "import java.nio.file.*;");

    /** A workbench import and the class whose presence it needs. */
    private static final String[][] WORKBENCH = {
            {"import wb.numeric.*;", "wb.numeric.Vec"},
            {"import wb.plot.*;", "wb.plot.Figure"},
            {"import static wb.api.Helpers.*;", "wb.api.Helpers"},
            {"import static wb.api.Plots.*;", "wb.api.Plots"},
    };

    private Preloads() {
    }

    /**
     * The import lines, in order. A workbench package is imported only when its classes are on
     * the class path, so that a session starts with whichever facades exist.
     */
    static List<String> imports() {
        List<String> lines = new ArrayList<>(JDK);
        for (String[] entry : WORKBENCH) {
            if (present(entry[1])) {
                lines.add(entry[0]);
            }
        }
        return List.copyOf(lines);
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, Preloads.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
