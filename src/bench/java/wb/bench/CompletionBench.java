package wb.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Warmup;
import wb.session.CodeAssist;
import wb.session.Completions;

/**
 * Tab-completion latency at the prompt once warm: what the user waits for after pressing Tab,
 * JShell's source analysis included. Sample mode, so JMH reports percentiles; the median is
 * {@code p0.50}.
 *
 * <p>Run: {@code bash src/bench/run-completion.sh}, which prints the medians as a table.
 */
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CompletionBench extends WarmSessionBench {
    /** A helper (a static import), a member of a helper's result, a JDK member, a type name. */
    @Param({"rid", "linspace(0, 1, 5).no", "Math.ab", "Syst"})
    public String code;

    private CodeAssist assist;

    @Override
    protected void prepare() {
        assist = new CodeAssist(session);
        assist.warmUpInBackground();
        assist.awaitWarmUp();
    }

    @Benchmark
    public Completions complete() {
        return assist.complete(code, code.length());
    }
}
