package wb.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import wb.session.Outcome;
import wb.session.Session;
import wb.session.SnippetSource;

/**
 * Per-snippet latency in a warm session: from handing a snippet to {@link Session#eval} to its
 * outcome, which is JShell compiling it with javac and running it in this JVM. Sample mode, so
 * the median is {@code p0.50}. The session is reset before each iteration, so that thousands of
 * earlier snippets do not pile up in it.
 *
 * <p>Run: {@code bash src/bench/run-snippets.sh}.
 */
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class SnippetBench extends WarmSessionBench {
    /** An expression, a helper call on the active data set, a declaration, a ridge solve. */
    @Param({"1 + 1", "ls(3.0)", "double z = Math.sqrt(2);", "var w = ridge(1e3);"})
    public String code;

    private SnippetSource snippet;

    @Override
    protected void prepare() {
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
}
