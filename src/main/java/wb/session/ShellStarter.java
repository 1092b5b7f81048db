package wb.session;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

/**
 * Starts a JShell with the workbench's imports preloaded, on a background thread, so that its
 * cost (chiefly javac's first compilation, about half a second) overlaps with what the caller
 * does meanwhile: parsing the command line, reading the script, opening the terminal.
 *
 * <p>{@code wb} begins one as the first thing it does; the session it then starts takes it.
 */
public final class ShellStarter {
    private final CompletableFuture<Started> started;

    private ShellStarter(CompletableFuture<Started> started) {
        this.started = started;
    }

    /** Begins starting a JShell on a daemon thread (so it never holds the JVM open). */
    public static ShellStarter begin() {
        CompletableFuture<Started> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(start());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "wb-shell-start");
        thread.setDaemon(true);
        thread.start();
        return new ShellStarter(future);
    }

    /** Starts a JShell on the calling thread. */
    static ShellStarter now() {
        return new ShellStarter(CompletableFuture.completedFuture(start()));
    }

    /** Whether the JShell is started (or failed to start), so that {@link #take} will not wait. */
    public boolean isDone() {
        return started.isDone();
    }

    /** Gives the JShell up unused: it is closed once started. */
    public void discard() {
        started.thenAccept(s -> s.shell().close());
    }

    /** The started JShell, waiting for it if need be. */
    Started take() {
        try {
            return started.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw e;
        }
    }

    /**
     * A JShell ready for snippets.
     *
     * @param shell          the JShell
     * @param provider       the provider of its engine, which knows the engine
     * @param imports        the preloaded imports, as source lines
     * @param preloadSnippet the one snippet holding every preloaded import, or null when they had
     *                       to go in one snippet each
     * @param classPath      the class path its compiler has
     */
    record Started(JShell shell, WorkbenchEngineProvider provider, List<String> imports, Snippet preloadSnippet,
                   SnippetClassPath classPath) {
    }

    private static Started start() {
        WorkbenchEngineProvider provider = new WorkbenchEngineProvider();
        SnippetClassPath classPath = SnippetClassPath.ofWorkbench();
        JShell shell = JShell.builder()
                .executionEngine(provider, Map.of())
                .fileManager(classPath::install)
                .build();
        List<String> imports = Preloads.imports();
        return new Started(shell, provider, imports, preload(shell, imports), classPath);
    }

    /**
     * Evaluates the preloaded imports. They go in as one snippet: JShell keeps a snippet's source
     * as written and puts it at the head of every later snippet's wrapper, so all of them take
     * effect, and one compilation instead of eight saves about 150 ms of every start. Should a
     * JDK refuse that, they go in one at a time.
     *
     * @return the snippet holding them all, or null when they went in one by one
     */
    private static Snippet preload(JShell shell, List<String> imports) {
        List<SnippetEvent> together = shell.eval(String.join("", imports));
        if (!together.isEmpty() && together.get(0).status() == Snippet.Status.VALID) {
            return together.get(0).snippet();
        }
        together.forEach(e -> shell.drop(e.snippet()));
        for (String line : imports) {
            List<SnippetEvent> events = shell.eval(line);
            if (events.isEmpty() || events.get(0).status() != Snippet.Status.VALID) {
                throw new IllegalStateException("the workbench could not preload `" + line + "`");
            }
        }
        return null;
    }
}
