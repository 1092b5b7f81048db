package wb.repl;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import wb.deps.ResolvedArtifact;
import wb.session.ClassPathEntry;
import wb.session.Libraries;
import wb.session.Session;

/** The prompt's {@code /add} and {@code /classpath}: libraries for the session's snippets. */
final class LibraryCommands {
    private final Session session;
    private final PrintWriter out;
    private final Palette palette;
    private final Path workingDir;
    private final Runnable beforeUse;

    /** @param beforeUse run before the session's JShell is used (waits for the completion warm-up) */
    LibraryCommands(Session session, PrintWriter out, Palette palette, Path workingDir, Runnable beforeUse) {
        this.session = session;
        this.out = out;
        this.palette = palette;
        this.workingDir = workingDir;
        this.beforeUse = beforeUse;
    }

    /**
     * Adds libraries. A relative path is looked for in {@code baseDir} first (the folder of a file
     * run by {@code /open}), then in the working directory. At the prompt a version range or
     * {@code LATEST} is allowed, and what it resolved to is shown.
     */
    RunResult add(String arguments, Path baseDir) {
        beforeUse.run();
        Libraries.Added added;
        try {
            added = Libraries.add(session, words(arguments), baseDir, workingDir, false);
        } catch (Libraries.AddException e) {
            out.println(palette.error("error: " + e.getMessage()));
            out.flush();
            return RunResult.FAILED;
        }
        if (added.entries().isEmpty()) {
            out.println(palette.faint("already on the class path: nothing added"));
        } else if (!added.resolved().isEmpty()) {
            List<String> names = added.resolved().stream().map(ResolvedArtifact::coordinates).map(Object::toString)
                    .toList();
            out.println("added " + String.join(", ", names) + palette.faint("  (/classpath lists the files)"));
        } else {
            out.println("added " + String.join(", ", added.entries().stream().map(e -> e.path().toString()).toList()));
        }
        out.flush();
        return RunResult.DONE;
    }

    /** Lists what was added to the class path, with where each came from. */
    RunResult classPath() {
        List<ClassPathEntry> entries = session.classPath();
        if (entries.isEmpty()) {
            out.println(palette.faint("nothing added yet: /add group:artifact:version, /add FILE.jar or"
                    + " wb --class-path PATH"));
        }
        int width = entries.stream().mapToInt(e -> e.source().length()).max().orElse(0);
        for (ClassPathEntry entry : entries) {
            out.println("  " + entry.source() + " ".repeat(width - entry.source().length() + 2)
                    + palette.faint(entry.path().toString()));
        }
        out.flush();
        return RunResult.DONE;
    }

    private static List<String> words(String arguments) {
        return List.of(arguments.split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
    }
}
