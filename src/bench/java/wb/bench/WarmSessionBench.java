package wb.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import wb.session.Session;
import wb.session.SessionSettings;

/**
 * The base of the benchmarks that time one step at the prompt in a session kept for the whole
 * trial: sample mode, so JMH reports percentiles (the median is {@code p0.50}), in milliseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public abstract class WarmSessionBench {

    /** The session, started before {@link #prepare()} and closed after the trial. */
    protected Session session;

    @Setup(Level.Trial)
    public void startSession() {
        session = Session.start(SessionSettings.defaults());
        prepare();
    }

    /** Readies what the benchmark needs once the session has started. */
    protected abstract void prepare();

    @TearDown(Level.Trial)
    public void closeSession() {
        session.close();
    }
}
