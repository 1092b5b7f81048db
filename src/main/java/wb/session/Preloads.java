package wb.session;

import java.util.ArrayList;
import java.util.List;

/**
 * The imports a session starts with: the JDK's most used packages, the workbench's vocabulary
 * (the packages whose every public class is a promise to users) and the facades' static helpers.
 * The internals ({@code wb.numeric.kernel}, the displays' machinery) are never imported.
 */
final class Preloads {
    /** The facades whose static methods snippets call unqualified, in the order /doc lists them. */
    static final List<String> FACADES = List.of(
            "wb.api.Data", "wb.api.Objectives", "wb.api.Fits", "wb.api.Bridge", "wb.api.Basics", "wb.api.Plots");

    private static final List<String> JDK = List.of(
            "import java.util.*;",
            "import java.util.function.*;",
            "import java.util.stream.*;",
            "import java.nio.file.*;");

    private static final List<String> VOCABULARY = List.of(
            "import wb.numeric.*;",
            "import wb.plot.*;");

    private Preloads() {
    }

    /** The import lines, in order. */
    static List<String> imports() {
        List<String> lines = new ArrayList<>(JDK);
        lines.addAll(VOCABULARY);
        for (String facade : FACADES) {
            lines.add("import static " + facade + ".*;");
        }
        return List.copyOf(lines);
    }
}
