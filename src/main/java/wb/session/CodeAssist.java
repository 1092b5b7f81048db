package wb.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Documentation;

/**
 * What the prompt asks of JShell's source analysis: completions of the code before the cursor,
 * and documentation of the method being called there or of a name.
 *
 * <p>Helpers' documentation comes from the index the build generates ({@link HelperDocs}),
 * everything else's from JShell, which finds the JDK's javadoc in its {@code src.zip} when that
 * is installed and otherwise gives signatures only.
 *
 * <p>The first completion in a JVM costs about 200 ms (javac warming up), so
 * {@link #warmUpInBackground()} pays it on a daemon thread while the user reads the banner. JShell
 * is not made for concurrent use, so every other use of the session ({@link #awaitWarmUp()})
 * waits for that warm-up to end.
 */
public final class CodeAssist {
    private final Session session;
    private final HelperDocs helperDocs;
    private volatile CompletableFuture<Void> warmUp = CompletableFuture.completedFuture(null);

    /** Assistance for a session, with the helpers' documentation the build shipped. */
    public CodeAssist(Session session) {
        this(session, HelperDocs.load());
    }

    /** Assistance for a session, with the given helper documentation. */
    public CodeAssist(Session session, HelperDocs helperDocs) {
        this.session = session;
        this.helperDocs = helperDocs;
    }

    /** Starts the first completion on a daemon thread, so that the user's first Tab is fast. */
    public void warmUpInBackground() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        warmUp = done;
        Thread thread = new Thread(() -> {
            try {
                analysis().completionSuggestions("Math.ab", "Math.ab".length(), new int[1]);
                analysis().analyzeCompletion("int warm = 1;");
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        }, "wb-completion-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the background warm-up, if any, has finished; call before using the session. */
    public void awaitWarmUp() {
        Uninterruptibly.await(() -> {
            try {
                warmUp.get();
            } catch (ExecutionException e) {
                // a failed warm-up only means the first completion is slow
            }
        });
    }

    /**
     * The completions of the code before the cursor.
     *
     * @param text   what has been typed, possibly several snippets and lines
     * @param cursor where the cursor is in it
     */
    public Completions complete(String text, int cursor) {
        awaitWarmUp();
        int start = snippetStart(text, cursor);
        String code = text.substring(start, cursor);
        int[] anchor = new int[1];
        Set<String> candidates = new LinkedHashSet<>();
        for (SourceCodeAnalysis.Suggestion s : analysis().completionSuggestions(code, code.length(), anchor)) {
            candidates.add(s.continuation());
        }
        return new Completions(start + anchor[0], new ArrayList<>(candidates));
    }

    /**
     * The documentation of what the cursor is in: the method whose argument list it is in
     * ({@code ridge(} or {@code ridge(1, }), or the name it is on. Every overload is listed.
     */
    public List<DocEntry> documentation(String text, int cursor) {
        awaitWarmUp();
        int start = snippetStart(text, cursor);
        String code = text.substring(start, cursor);
        return documentationOf(code);
    }

    /**
     * The documentation of a name as a user would type it: a helper ({@code ridge}), a facade and a
     * helper ({@code Fits.ridge}), a JDK method or type ({@code Math.sqrt}, {@code String}).
     */
    public List<DocEntry> documentation(String name) {
        List<HelperDocs.Entry> helpers = helperDocs.lookup(name);
        if (!helpers.isEmpty()) {
            return helpers.stream().map(HelperDocs.Entry::toDocEntry).toList();
        }
        awaitWarmUp();
        String last = name.substring(name.lastIndexOf('.') + 1);
        boolean methodLike = !last.isEmpty() && Character.isLowerCase(last.charAt(0));
        List<DocEntry> first = documentationOf(methodLike ? name + "(" : name);
        return first.isEmpty() ? documentationOf(methodLike ? name : name + "(") : first;
    }

    /** The names the helpers' documentation covers, sorted. */
    public List<String> helperNames() {
        return helperDocs.names();
    }

    private List<DocEntry> documentationOf(String code) {
        List<DocEntry> entries = new ArrayList<>();
        Set<String> helpersShown = new LinkedHashSet<>();
        for (Documentation doc : analysis().documentation(code, code.length(), true)) {
            String qualified = qualifiedName(doc.signature());
            List<HelperDocs.Entry> helpers = helperDocs.lookup(qualified);
            if (!helpers.isEmpty() && qualified.startsWith("wb.")) {
                if (helpersShown.add(qualified)) {
                    helpers.forEach(h -> entries.add(h.toDocEntry()));
                }
                continue;
            }
            String javadoc = doc.javadoc();
            entries.add(new DocEntry(doc.signature(), owner(qualified),
                    javadoc == null || javadoc.isBlank() ? "" : JavadocText.render(javadoc)));
        }
        return entries;
    }

    /** {@code wb.api.Fits.ridge} from {@code Vec wb.api.Fits.ridge(double)}. */
    private static String qualifiedName(String signature) {
        int paren = signature.indexOf('(');
        String head = paren < 0 ? signature : signature.substring(0, paren);
        return head.substring(head.lastIndexOf(' ') + 1);
    }

    private static String owner(String qualified) {
        int dot = qualified.lastIndexOf('.');
        if (dot < 0) {
            return "";
        }
        String type = qualified.substring(0, dot);
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** Where the snippet the cursor is in starts: after every complete snippet before it. */
    private int snippetStart(String text, int cursor) {
        int start = 0;
        while (start < cursor) {
            CompletionInfo info = analysis().analyzeCompletion(text.substring(start, cursor));
            String remaining = info.remaining();
            if (!info.completeness().isComplete() || remaining.isBlank()) {
                break;
            }
            start = cursor - remaining.length();
        }
        return start;
    }

    private SourceCodeAnalysis analysis() {
        return session.shell().sourceCodeAnalysis();
    }
}
