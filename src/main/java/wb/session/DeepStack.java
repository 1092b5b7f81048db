package wb.session;

import java.util.function.Supplier;

/**
 * A thread with a deep stack, for work that recurses as deep as its input is nested: the Java
 * compiler descends once per level of an expression (a sum of 20,000 terms on one line is 20,000
 * levels, several frames each), which overflows the 8 MB that {@code scripts/wb} gives every
 * thread long before it overflows this one.
 *
 * <p>The stack is reserved, not committed: the operating system backs only the pages a call
 * reaches. A thread is started for each call (only long code needs one, see {@link #callFor}) and
 * has ended when the call returns, so nothing is left running between snippets.
 * It inherits from the calling thread what a new thread does (its group, daemon status,
 * inheritable thread-locals, context class loader).
 */
final class DeepStack {
    /**
     * The default depth: 64 MB, enough for the compiler on an expression of about 100,000 terms
     * on one line (measured on JDK 17; 16 MB was not).
     */
    static final long DEFAULT_BYTES = 64L << 20;

    /**
     * Code shorter than this runs on the calling thread: it cannot nest more than half as many
     * levels deep, a few hundred frames, which any thread's stack holds (one level took about
     * 450 bytes of javac's stack: 20,000 overflowed 8 MB). A thread per long snippet only.
     */
    static final int LONG_CODE = 1_000;

    private DeepStack() {
    }

    /**
     * Runs {@code work} about {@code code}: on the calling thread when the code is short, else as
     * {@link #call(long, Supplier)} does.
     */
    static <T> T callFor(String code, long bytes, Supplier<T> work) {
        return code.length() < LONG_CODE ? work.get() : call(bytes, work);
    }

    /**
     * Runs {@code work} on a thread of its own with a stack of {@code bytes}, and waits for it.
     * An interrupt of the calling thread while it waits is kept for after the call (the work is
     * stopped through JShell, not by interrupting). What the work throws is thrown here.
     */
    static <T> T call(long bytes, Supplier<T> work) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                result[0] = work.get();
            } catch (Throwable t) { // handed to the caller, which is where it belongs
                failure[0] = t;
            }
        }, "wb-compiler", bytes);
        thread.start();
        Uninterruptibly.await(thread::join);
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]); // a Supplier throws no checked exception
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
