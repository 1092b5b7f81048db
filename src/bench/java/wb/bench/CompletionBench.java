package wb.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import wb.session.CodeAssist;
import wb.session.Completions;
import wb.session.Session;
import wb.session.SessionSettings;

/**
 * Tab-completion latency at the prompt once warm: what the user waits for after pressing Tab,
 * JShell's source analysis included. Sample mode, so JMH reports percentiles; the median is
 * {@code p0.50}.
 *
 * <p>Run: {@code bash src/bench/run-completion.sh}, which prints the medians as a table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CompletionBench {
    /** A helper (a static import), a member of a helper's result, a JDK member, a type name. */
    @Param({"rid", "linspace(0, 1, 5).no", "Math.ab", "Syst"})
    public String code;

    private Session session;
    private CodeAssist assist;

    @Setup
    public void start() {
        session = Session.start(SessionSettings.defaults());
        assist = new CodeAssist(session);
        assist.warmUpInBackground();
        assist.awaitWarmUp();
    }

    @Benchmark
    public Completions complete() {
        return assist.complete(code, code.length());
    }

    @TearDown
    public void close() {
        session.close();
    }
}
