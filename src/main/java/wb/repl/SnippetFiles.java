package wb.repl;

import java.util.List;
import wb.session.SnippetSource;

/** The script {@code /save} writes: the snippets that ran (see {@code Session.replay}), so that {@code wb run} or {@code /open} replays them. */
final class SnippetFiles {
    private SnippetFiles() {
    }

    /** The script text of some snippets: each on its own line(s), in order. */
    static String script(List<SnippetSource> snippets) {
        StringBuilder text = new StringBuilder();
        for (SnippetSource snippet : snippets) {
            text.append(snippet.code()).append('\n');
        }
        return text.toString();
    }
}
