package wb.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * The class path that javac compiles a session's snippets against: the workbench's classes,
 * ojAlgo's and XChart's (the types its vocabulary shows: {@code Access1D}, {@code Access2D},
 * {@code Figure.chart()}), then what the user added with {@code --class-path} or {@code /add}.
 *
 * <p>Not the JVM's whole class path, for two reasons. What a snippet can name is the workbench's
 * vocabulary and the user's libraries, not the workbench's own (JLine, picocli, Maven's resolver).
 * And javac forgets its index of the class path after every task and rebuilds it from each jar on
 * it; JShell runs three or four tasks a snippet, so with {@code wb.jar}'s 49 jars that indexing
 * was about a tenth of a warm script run (docs/performance.md). {@code wb.jar} itself can't be
 * on it, because javac follows its manifest's {@code Class-Path} to all of them; the build makes
 * {@code wb-snippets.jar} beside it, the same classes without that manifest. Where that jar is
 * missing or older than {@code wb.jar}, javac keeps the JVM's class path (slower, same answers).
 */
final class SnippetClassPath {
    private final List<Path> base;
    private final List<Path> added = new ArrayList<>();
    private StandardJavaFileManager fileManager;

    private SnippetClassPath(List<Path> base) {
        this.base = base;
    }

    /** The class path for this JVM's workbench: its classes, ojAlgo's and XChart's. */
    static SnippetClassPath ofWorkbench() {
        Path own = compileForm(location(SnippetClassPath.class));
        if (own == null) {
            return new SnippetClassPath(null);
        }
        Path ojAlgo = location(org.ojalgo.structure.Access1D.class);
        Path xchart = location(org.knowm.xchart.internal.chartpart.IChart.class);
        if (ojAlgo == null || xchart == null) {
            return new SnippetClassPath(null);
        }
        return new SnippetClassPath(List.of(own, ojAlgo, xchart));
    }

    /**
     * Takes the file manager JShell's compiler will use and sets its class path; for
     * {@code JShell.Builder.fileManager}.
     */
    StandardJavaFileManager install(StandardJavaFileManager standard) {
        fileManager = standard;
        apply();
        return standard;
    }

    /**
     * Adds a library after JShell has added it ({@code JShell.addToClasspath} sets javac's class
     * path to the JVM's own plus its libraries, which this puts back to the snippets' own).
     */
    void add(Path library) {
        added.add(library);
        apply();
    }

    /** Whether javac compiles against this narrower class path (false: the JVM's own). */
    boolean narrowed() {
        return base != null;
    }

    private void apply() {
        if (base == null || fileManager == null) {
            return;
        }
        List<Path> paths = new ArrayList<>(base);
        paths.addAll(added);
        try {
            fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, paths);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The form of the workbench's classes javac can be given: a folder of classes as it is, a jar
     * by its {@code -snippets.jar} sibling when that is there and not older; else null.
     */
    private static Path compileForm(Path own) {
        if (own == null || Files.isDirectory(own)) {
            return own;
        }
        String name = own.getFileName().toString();
        if (!name.endsWith(".jar")) {
            return null;
        }
        Path snippets = own.resolveSibling(name.substring(0, name.length() - 4) + "-snippets.jar");
        try {
            if (Files.isRegularFile(snippets)
                    && Files.getLastModifiedTime(snippets).compareTo(Files.getLastModifiedTime(own)) >= 0) {
                return snippets;
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** The jar or folder a class was loaded from, or null when the JVM does not say. */
    private static Path location(Class<?> type) {
        try {
            var source = type.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
