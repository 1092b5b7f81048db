package wb.session;

import java.util.List;

/**
 * What can complete the code before the cursor.
 *
 * @param anchor     where in the text the completions start: each replaces the text from here to
 *                   the cursor
 * @param candidates the completions, each at most once, e.g. {@code ridge(} or {@code List}
 */
public record Completions(int anchor, List<String> candidates) {
    public Completions {
        candidates = List.copyOf(candidates);
    }
}
