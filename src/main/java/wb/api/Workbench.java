package wb.api;

import java.util.Optional;
import java.util.function.Function;
import wb.numeric.Dataset;
import wb.numeric.Split;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.Rng;
import wb.plot.Display;

/**
 * The state that one session's snippets share: the seed and its generator stream, the active
 * data set, the progress listener, and the display figures are shown on (which knows where they
 * are saved). The session creates one, {@link #bind binds} it when it starts and binds a new one,
 * with the same display, on {@code /reset}; tests bind their own.
 *
 * <p>The generator is one stream seeded once: each {@code dataset(...)} continues it, as the
 * notebook's successive {@code np.random.randn} calls do. {@link #reseed} restarts it.
 */
public final class Workbench {
    private static volatile Workbench bound;

    private long seed;
    private Rng rng;
    private Dataset active;
    private Split split;
    private volatile ProgressListener progress = ProgressListener.NONE;
    private volatile Display display;

    /** A workbench with seed 0, numpy's {@code np.random.seed(0)}. */
    public Workbench() {
        this(0);
    }

    /** A workbench whose generator starts at {@code seed} (an integer in [0, 2³² − 1]). */
    public Workbench(long seed) {
        this.rng = new Rng(seed);
        this.seed = seed;
    }

    /** Makes {@code wb} the workbench that the static helpers use. */
    public static void bind(Workbench wb) {
        if (wb == null) {
            throw new IllegalArgumentException("wb must not be null");
        }
        bound = wb;
    }

    /**
     * The bound workbench.
     *
     * @throws IllegalStateException if none is bound yet
     */
    public static Workbench current() {
        Workbench wb = bound;
        if (wb == null) {
            throw new IllegalStateException("no workbench is bound: the session binds one at start"
                    + " (Workbench.bind(new Workbench()))");
        }
        return wb;
    }

    /** The seed the generator stream last started from. */
    public synchronized long seed() {
        return seed;
    }

    /** Restarts the generator stream at {@code seed}; later data sets draw from the new stream. */
    public synchronized void reseed(long seed) {
        this.rng = new Rng(seed);
        this.seed = seed;
    }

    /** Runs {@code draw} with the generator, one caller at a time (the stream is not thread-safe). */
    public synchronized <T> T withRng(Function<Rng, T> draw) {
        return draw.apply(rng);
    }

    /**
     * The active data set, which the one-argument helpers use.
     *
     * @throws IllegalArgumentException if there is none yet, saying how to make one
     */
    public synchronized Dataset active() {
        if (active == null) {
            throw new IllegalArgumentException("there is no data set yet: make one with dataset(1000, vec(3.14), 1.0)"
                    + " or load(\"file.csv\"), or pass one explicitly, e.g. ls(d, 3.0)");
        }
        return active;
    }

    /** The active data set, if there is one. */
    public synchronized Optional<Dataset> activeIfAny() {
        return Optional.ofNullable(active);
    }

    /** Makes {@code d} the active data set and returns it. */
    public synchronized Dataset use(Dataset d) {
        if (d == null) {
            throw new IllegalArgumentException("d must not be null; pass a data set made by dataset(...) or load(...)");
        }
        active = d;
        return d;
    }

    /**
     * The active train/test split, which {@code validation(lambdas)} uses: the newest made by
     * {@code split(...)}.
     *
     * @throws IllegalArgumentException if there is none yet, saying how to make one
     */
    public synchronized Split split() {
        if (split == null) {
            throw new IllegalArgumentException("there is no train/test split yet: make one with split(0.5)"
                    + " (of the active data set) or split(d, 0.5), or pass one: validation(s, lambdas)");
        }
        return split;
    }

    /** Makes {@code s} the active split and returns it. */
    public synchronized Split useSplit(Split s) {
        if (s == null) {
            throw new IllegalArgumentException("s must not be null; pass a split made by split(...)");
        }
        split = s;
        return s;
    }

    /** The listener that long work reports progress to (default: none). */
    public ProgressListener progress() {
        return progress;
    }

    /** Sets the listener that long work reports progress to. */
    public void progress(ProgressListener listener) {
        this.progress = listener == null ? ProgressListener.NONE : listener;
    }

    /** The display that figures made by {@code plot(...)} show on, or null for none (the default). */
    public Display display() {
        return display;
    }

    /** Sets the display that figures made from now on show on (null: none). */
    public void display(Display display) {
        this.display = display;
    }
}
