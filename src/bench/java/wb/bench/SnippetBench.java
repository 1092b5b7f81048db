package wb.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import wb.session.Outcome;
import wb.session.Session;
import wb.session.SessionSettings;
import wb.session.SnippetSource;

/**
 * Per-snippet latency in a warm session: from handing a snippet to {@link Session#eval} to its
 * outcome, which is JShell compiling it with javac and running it in this JVM. Sample mode, so
 * the median is {@code p0.50}. The session is reset before each iteration, so that thousands of
 * earlier snippets do not pile up in it.
 *
 * <p>Run: {@code bash src/bench/run-snippets.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SnippetBench {
    /** An expression, a helper call on the active data set, a declaration, a ridge solve. */
    @Param({"1 + 1", "ls(3.0)", "double z = Math.sqrt(2);", "var w = ridge(1e3);"})
    public String code;

    private Session session;
    private SnippetSource snippet;

    @Setup
    public void start() {
        session = Session.start(SessionSettings.defaults());
        snippet = SnippetSource.of(code);
    }

    @Setup(Level.Iteration)
    public void fresh() {
        session.reset();
        session.eval(SnippetSource.of("dataset(1000, vec(3.14), 1.0);"));
    }

    @Benchmark
    public List<Outcome> eval() {
        return session.eval(snippet);
    }

    @TearDown
    public void close() {
        session.close();
    }
}
