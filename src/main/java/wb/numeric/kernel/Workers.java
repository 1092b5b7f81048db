package wb.numeric.kernel;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A small pool that runs the numbered units of one parallel job, used by the Gram kernel and
 * the other row passes. Which thread runs which unit never changes a result: every unit writes
 * only its own output, and the caller combines the outputs in unit order afterwards.
 *
 * <p>The pool's threads are daemons in the root {@link ThreadGroup}. JShell runs each snippet in
 * a fresh thread group and joins every thread of that group before it returns the snippet's
 * value, so a pool started from a snippet must not live in the caller's group. The calling
 * thread works on units too, checks its interrupt status between them and, when interrupted,
 * cancels the job (the helpers stop at their next check) and throws
 * {@link ComputationInterruptedException}.
 */
public final class Workers {
    private static final Object SHARED_LOCK = new Object();
    private static Workers shared;

    private final int threads;
    private final Object poolLock = new Object();
    private ExecutorService pool;

    /**
     * Workers that use up to {@code threads} threads, the caller's included.
     *
     * @param threads at least 1; 1 runs everything on the calling thread
     */
    public Workers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, but was " + threads);
        }
        this.threads = threads;
    }

    /** The process-wide workers, one thread per available processor. */
    public static Workers shared() {
        synchronized (SHARED_LOCK) {
            if (shared == null) {
                shared = new Workers(Math.max(1, Runtime.getRuntime().availableProcessors()));
            }
            return shared;
        }
    }

    /** The most threads a job uses, the caller's included. */
    public int threads() {
        return threads;
    }

    /** The body of a job: runs unit {@code u}, giving up early once {@code stop.stopped()} says so. */
    @FunctionalInterface
    public interface Unit {
        public void run(int u, Stop stop);
    }

    /** Asked by long units between blocks of work. */
    public interface Stop {
        /** True once the job is cancelled or the current (calling) thread was interrupted. */
        boolean stopped();
    }

    /**
     * Runs units 0..units-1 of {@code body} and returns when all are done.
     *
     * @throws ComputationInterruptedException if the calling thread is interrupted meanwhile
     */
    public void run(String task, int units, Unit body, ProgressListener progress) {
        Job job = new Job(task, units, body);
        int helpers = Math.min(threads - 1, units - 1);
        boolean finished = false;
        try {
            for (int h = 0; h < helpers; h++) {
                pool().execute(job::work);
            }
            Thread me = Thread.currentThread();
            Stop stop = () -> job.cancelled || me.isInterrupted();
            long reported = -1;
            int u;
            while ((u = job.next.getAndIncrement()) < units) {
                checkInterrupt(job);
                body.run(u, stop);
                checkInterrupt(job);
                job.finished();
                job.rethrow();
                reported = report(job, progress, reported);
            }
            while (!job.latch.await(20, TimeUnit.MILLISECONDS)) {
                job.rethrow();
                reported = report(job, progress, reported);
            }
            job.rethrow();
            report(job, progress, reported);
            finished = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ComputationInterruptedException(task);
        } finally {
            if (!finished) {
                job.cancelled = true;
            }
        }
    }

    private static void checkInterrupt(Job job) {
        if (Thread.currentThread().isInterrupted()) {
            job.cancelled = true;
            throw new ComputationInterruptedException(job.task);
        }
    }

    private static long report(Job job, ProgressListener progress, long reported) {
        long done = job.units - job.latch.getCount();
        if (done != reported) {
            progress.progress(job.task, done, job.units);
        }
        return done;
    }

    private ExecutorService pool() {
        synchronized (poolLock) {
            if (pool == null) {
                ThreadGroup root = Thread.currentThread().getThreadGroup();
                while (root.getParent() != null) {
                    root = root.getParent();
                }
                ThreadGroup group = root;
                AtomicInteger count = new AtomicInteger();
                pool = Executors.newFixedThreadPool(threads - 1, r -> {
                    Thread t = new Thread(group, r, "wb-numeric-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
            }
            return pool;
        }
    }

    /** One run: the unit counter, completion latch, cancellation flag and first failure. */
    private static final class Job {
        final String task;
        final int units;
        final Unit body;
        final AtomicInteger next = new AtomicInteger();
        final CountDownLatch latch;
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        volatile boolean cancelled;

        Job(String task, int units, Unit body) {
            this.task = task;
            this.units = units;
            this.body = body;
            this.latch = new CountDownLatch(units);
        }

        void work() {
            Stop stop = () -> cancelled;
            int u;
            while (!cancelled && (u = next.getAndIncrement()) < units) {
                try {
                    body.run(u, stop);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                    cancelled = true;
                }
                finished();
            }
        }

        void finished() {
            latch.countDown();
        }

        void rethrow() {
            Throwable t = failure.get();
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof Error err) {
                throw err;
            }
            if (t != null) {
                throw new IllegalStateException(task + " failed", t);
            }
        }
    }
}
