package wb.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;

/**
 * The files being run inside one another by {@code /open}, innermost last, so that a file that
 * opens itself, directly or through others, is reported as a cycle at its {@code /open} line
 * instead of recursing until the stack overflows.
 */
public final class OpenChain {
    private record Entry(Path real, String name) {
    }

    private final Deque<Entry> chain = new ArrayDeque<>();

    /** Records that {@code file}, named {@code name} as the user wrote it, is now running (the script itself, first). */
    public void enter(Path file, String name) {
        chain.addLast(new Entry(real(file), name));
    }

    /** Records that the innermost file has finished. */
    public void leave() {
        chain.removeLast();
    }

    /**
     * Why opening {@code file} (named {@code name}) now would be a cycle, e.g. {@code a.jsh opens
     * b.jsh, which opens a.jsh again}; empty when it would not.
     */
    public Optional<String> cycle(Path file, String name) {
        Path real = real(file);
        StringBuilder path = new StringBuilder();
        boolean inCycle = false;
        for (Iterator<Entry> it = chain.iterator(); it.hasNext(); ) {
            Entry e = it.next();
            inCycle |= e.real().equals(real);
            if (inCycle) {
                path.append(path.length() == 0 ? "" : ", which opens ").append(e.name());
            }
        }
        if (!inCycle) {
            return Optional.empty();
        }
        return Optional.of(path.indexOf(",") < 0
                ? name + " opens itself; a file cannot " + Command.OPEN + " itself"
                : path + ", which opens " + name + " again; files cannot " + Command.OPEN + " each other in a cycle");
    }

    private static Path real(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }
}
