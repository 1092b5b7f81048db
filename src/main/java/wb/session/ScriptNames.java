package wb.session;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;

/**
 * The names a script's snippets mention: for each identifier, how many of its snippets hold it
 * (in code, strings or comments alike, so that nothing named is missed). A variable is named
 * elsewhere when a snippet other than the one declaring it holds its name.
 *
 * <p>Why: JShell compiles each snippet with an import of every variable in effect, so a
 * script's n-th line cost O(n) and its n lines O(n²) (5,000 declarations took 5 minutes). A
 * script's whole text is known before it runs, and a variable no other of its snippets names (a
 * {@code $N} value, a declaration nothing reads) is not needed again: {@link #dropUnnamed} drops
 * it from JShell once its snippet has run, keeping the imports to those that are. Its value is
 * not touched, so whatever refers to it keeps it.
 */
final class ScriptNames {
    /** The time a session drops a script's unnamed variables, which closing ends. */
    @FunctionalInterface
    interface Dropping extends AutoCloseable {
        @Override
        void close();
    }

    private final Map<String, Integer> snippetsNaming;
    /** The code of the script's own snippets (a declaration wb makes for it, such as args, is not among them). */
    private final Set<String> codes;

    private ScriptNames(Map<String, Integer> snippetsNaming, Set<String> codes) {
        this.snippetsNaming = snippetsNaming;
        this.codes = codes;
    }

    /**
     * The names in a script's snippets, or null if they cannot all be known before it runs: it
     * {@code /open}s another file, whose snippets may name anything, or it holds a Unicode escape
     * ({@code \u0061} is the name {@code a} to the compiler, not to a reading of the text).
     */
    static ScriptNames of(List<Input> inputs, CommandTable commands) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> codes = new HashSet<>();
        for (Input input : inputs) {
            if (input instanceof Input.Command command) {
                if (commands.resolve(command.name()).filter(Command.OPEN::equals).isPresent()) {
                    return null;
                }
                continue;
            }
            String code = ((Input.Code) input).source().code();
            if (code.contains("\\u")) {
                return null;
            }
            codes.add(code);
            for (String name : identifiers(code)) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        return new ScriptNames(counts, codes);
    }

    /** Whether a snippet of the script other than the one of {@code declaringCode} holds {@code name}. */
    boolean namedElsewhere(String name, String declaringCode) {
        int count = snippetsNaming.getOrDefault(name, 0);
        boolean own = codes.contains(declaringCode) && identifiers(declaringCode).contains(name);
        return count > (own ? 1 : 0);
    }

    /** Drops the variables that a snippet of this script ({@code code}) declared and no other names. */
    void dropUnnamed(JShell shell, List<SnippetEvent> events, String code) {
        for (SnippetEvent event : events) {
            if (event.causeSnippet() == null && event.snippet() instanceof VarSnippet v
                    && shell.status(v).isActive() && !namedElsewhere(v.name(), code)) {
                shell.drop(v);
            }
        }
    }

    /** The Java identifiers (and keywords) in a text. */
    static Set<String> identifiers(String text) {
        Set<String> names = new HashSet<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isJavaIdentifierStart(text.charAt(i))) {
                int start = i;
                while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                names.add(text.substring(start, i));
            } else {
                i++;
            }
        }
        return names;
    }
}
