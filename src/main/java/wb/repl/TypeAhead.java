package wb.repl;

/**
 * Keys the user typed ahead that a question to the terminal read past, kept to be given back to
 * the line reader before it reads the terminal again.
 *
 * <p>Asking the terminal what it can draw ({@link TerminalImages}) means reading its answer from
 * the same input as the keys: lines pasted after a {@code plot(...)} arrive before the answer, or
 * instead of it where nothing answers, and were lost.
 */
public final class TypeAhead {
    private final StringBuilder keys = new StringBuilder();

    /** Keeps keys read past, after any kept before. */
    synchronized void keep(CharSequence typed) {
        keys.append(typed);
    }

    /** The keys kept so far, which are no longer kept. */
    synchronized String take() {
        String taken = keys.toString();
        keys.setLength(0);
        return taken;
    }
}
