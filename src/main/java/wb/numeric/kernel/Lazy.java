package wb.numeric.kernel;

import java.util.function.Supplier;

/**
 * A value computed on first use, once, even when asked for from many threads at the same time
 * (double-checked locking on a volatile field); later calls return the same object.
 *
 * <p>A computation that throws (an interruption, say) leaves nothing behind, so the next call
 * computes again.
 */
public final class Lazy<T> {
    private volatile T value;

    /** The value, computed by {@code compute} if this is the first successful call. */
    public T get(Supplier<T> compute) {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = compute.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
