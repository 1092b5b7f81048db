package wb.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C inside ojAlgo's parallel code (the Cholesky behind {@code ridge}): 20 stops in a row,
 * each ending the snippet within 2 s, the next {@code ridge} answering, and nothing printed by
 * ojAlgo's workers. Before ojAlgo's pool was created outside the snippets' thread groups, a
 * stop killed its workers ({@code Uncaught exception in ojAlgo-daemon-N java.lang.ThreadDeath}
 * on JDK 17) and later parallel calls could wait for them for ever.
 */
class StopInParallelCodeTest {
    private static final int STOPS = 20;

    @Test
    void twentyStopsOfRidgeOnA20000By1000DataSetEachEndTheSnippetAndTheNextRidgeAnswers() throws Exception {
        ByteArrayOutputStream errBuffer = new ByteArrayOutputStream();
        PrintStream realErr = System.err;
        ExecutorService runner = Executors.newSingleThreadExecutor();
        Random random = new Random(12);
        System.setErr(new PrintStream(errBuffer, true, StandardCharsets.UTF_8));
        try (Session session = Session.start(SessionSettings.defaults())) {
            assertThat(eval(session, "var d = dataset(20000, 1000);").failed()).isFalse();
            assertThat(eval(session, "ridge(1.0);").failed()).isFalse(); // computes and caches XᵀX once
            for (int stop = 1; stop <= STOPS; stop++) {
                int line = stop;
                Future<List<Outcome>> loop = runner.submit(() -> session.eval(
                        new SnippetSource("for (int i = 0; ; i++) ridge(1.0 + i);", "stop.jsh", line, 1)));
                Thread.sleep(150 + random.nextInt(300));
                session.stop();
                // a generous hang guard, the one the issue names: back within 2 s
                List<Outcome> stopped = loop.get(2, TimeUnit.SECONDS);
                assertThat(stopped).as("stop %d", stop).singleElement().isInstanceOf(Outcome.Stopped.class);
                Future<Outcome> next = runner.submit(() -> eval(session, "ridge(2.0)"));
                Outcome answer = next.get(60, TimeUnit.SECONDS);
                assertThat(answer).as("ridge after stop %d", stop).isInstanceOf(Outcome.Value.class);
            }
        } finally {
            System.setErr(realErr);
            runner.shutdownNow();
        }
        assertThat(errBuffer.toString(StandardCharsets.UTF_8)).doesNotContain("ThreadDeath").doesNotContain("Uncaught");
    }

    /**
     * The cause itself: ojAlgo creates its pool's thread group inside the group of whichever
     * thread first uses it. The first ojAlgo call of a session is in a snippet, so before the fix
     * the pool lived inside that snippet's group, where a stop of that snippet reached it.
     */
    @Test
    void ojAlgosPoolIsNotInsideTheThreadGroupOfTheSnippetThatFirstUsesIt() throws Exception {
        try (Session session = Session.start(SessionSettings.defaults())) {
            eval(session, "var d = dataset(400, 300);");
            Outcome outcome = eval(session, "List.of(ridge(1.0), Thread.currentThread().getThreadGroup())");
            assertThat(outcome).isInstanceOf(Outcome.Value.class);
            ThreadGroup snippets = (ThreadGroup) ((List<?>) ((Outcome.Value) outcome).object()).get(1);
            java.lang.reflect.Field field = Class.forName("org.ojalgo.concurrent.DaemonPoolExecutor").getDeclaredField("GROUP");
            field.setAccessible(true);
            ThreadGroup pool = (ThreadGroup) field.get(null);
            assertThat(snippets.parentOf(pool)).as("ojAlgo's pool group %s is inside the snippet's %s", pool, snippets)
                    .isFalse();
        }
    }

    private static Outcome eval(Session session, String code) {
        List<Outcome> outcomes = session.eval(new SnippetSource(code, "setup.jsh", 1, 1));
        return outcomes.get(outcomes.size() - 1);
    }
}
