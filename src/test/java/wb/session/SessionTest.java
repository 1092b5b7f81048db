package wb.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SessionTest extends OneSessionPerClass {
    private static Outcome evalOne(String code) {
        List<Outcome> outcomes = session.eval(new SnippetSource(code, "test.jsh", 10, 1));
        assertThat(outcomes).hasSize(1);
        return outcomes.get(0);
    }

    @Test
    void anExpressionHasAValueAndItsObject() {
        Outcome outcome = evalOne("1 + 1");
        assertThat(outcome).isInstanceOf(Outcome.Value.class);
        Outcome.Value value = (Outcome.Value) outcome;
        assertThat(value.kind()).isEqualTo(Outcome.ValueKind.EXPRESSION);
        assertThat(value.object()).isEqualTo(2);
        assertThat(value.type()).isEqualTo("int");
    }

    @Test
    void aBareVariableIsAVariableValueWithItsObject() {
        evalOne("List<String> names = new ArrayList<>(List.of(\"a\"));");
        Outcome.Value value = (Outcome.Value) evalOne("names");
        assertThat(value.kind()).isEqualTo(Outcome.ValueKind.VARIABLE);
        assertThat(value.name()).isEqualTo("names");
        assertThat(value.object()).isEqualTo(List.of("a"));
    }

    @Test
    void aCompileErrorPointsAtTheLineAndColumnInTheOrigin() {
        Outcome outcome = evalOne("double d =\n    1 + nope;");
        assertThat(outcome).isInstanceOf(Outcome.CompileError.class);
        Outcome.CompileError error = (Outcome.CompileError) outcome;
        assertThat(error.message()).isEqualTo("cannot find symbol: variable nope");
        assertThat(error.position().line()).isEqualTo(11);
        assertThat(error.position().column()).isEqualTo(9);
        assertThat(error.position().lineText()).isEqualTo("    1 + nope;");
    }

    @Test
    void aRuntimeErrorNamesTheLineOfTheUserFrame() {
        evalOne("void fail(int n) {\n  if (n > 0)\n    throw new IllegalStateException(\"boom \" + n);\n}");
        Outcome outcome = session.eval(new SnippetSource("fail(3)", "other.jsh", 40, 1)).get(0);
        assertThat(outcome).isInstanceOf(Outcome.RuntimeError.class);
        Outcome.RuntimeError error = (Outcome.RuntimeError) outcome;
        assertThat(error.describe()).isEqualTo("IllegalStateException: boom 3");
        assertThat(error.position().toString()).isEqualTo("test.jsh:12:5");
        assertThat(error.userFrames()).containsExactly("fail (test.jsh:12)", "other.jsh:40");
        assertThat(error.trace()).startsWith("java.lang.IllegalStateException: boom 3\n");
        assertThat(session.lastError()).contains(error);
    }

    @Test
    void aNullPointerMessageHasNoWrapperClassNames() {
        evalOne("String nothing = null;");
        Outcome.RuntimeError error = (Outcome.RuntimeError) evalOne("nothing.length()");
        assertThat(error.message()).isEqualTo("Cannot invoke \"String.length()\" because \"nothing\" is null");
    }

    @Test
    void systemExitDoesNotEndTheJvm() {
        assertThat(evalOne("System.exit(3)")).isEqualTo(new Outcome.ExitRequested(
                new SnippetSource("System.exit(3)", "test.jsh", 10, 1), 3));
        assertThat(evalOne("Runtime.getRuntime().halt(4)")).isInstanceOf(Outcome.ExitRequested.class);
        assertThat(((Outcome.ExitRequested) evalOne("((IntConsumer) System::exit).accept(5)")).status())
                .isEqualTo(5);
        assertThat(((Outcome.Value) evalOne("40 + 2")).object()).isEqualTo(42);
    }

    @Test
    void aStackOverflowIsAnErrorWithCollapsedFrames() {
        evalOne("int down(int n) { return down(n + 1) + 1; }");
        Outcome.RuntimeError error = (Outcome.RuntimeError) evalOne("down(0)");
        assertThat(error.exceptionType()).isEqualTo("java.lang.StackOverflowError");
        assertThat(error.userFrames()).hasSizeLessThan(10);
        assertThat(((Outcome.Value) evalOne("1")).object()).isEqualTo(1);
    }

    @Test
    void runningOutOfHeapIsAnErrorAndTheSessionGoesOn() {
        evalOne("int before = 3;");
        Outcome.RuntimeError error = (Outcome.RuntimeError) evalOne("long[] huge = new long[1_900_000_000];");
        assertThat(error.exceptionType()).isEqualTo("java.lang.OutOfMemoryError");
        assertThat(((Outcome.Value) evalOne("before + 1")).object()).isEqualTo(4);
    }

    @Test
    void stopEndsAnEndlessLoopAndKeepsEarlierVariables() {
        evalOne("int kept = 7;");
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(session::stop, 300, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            Outcome outcome = evalOne("while (true) { kept = kept; }");
            assertThat(outcome).isInstanceOf(Outcome.Stopped.class);
            assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(10));
            timer.schedule(session::stop, 300, TimeUnit.MILLISECONDS);
            assertThat(evalOne("Thread.sleep(60_000)")).isInstanceOf(Outcome.Stopped.class);
        } finally {
            timer.shutdownNow();
        }
        assertThat(((Outcome.Value) evalOne("kept")).object()).isEqualTo(7);
    }

    @Test
    void aMethodUsingAnUndeclaredNameIsDeclaredButCannotRunYet() {
        Outcome declared = evalOne("double later() { return notYet() * 2; }");
        assertThat(((Outcome.Declared) declared).unresolved()).containsExactly("method notYet()");
        Outcome.RuntimeError error = (Outcome.RuntimeError) evalOne("later()");
        assertThat(error.message()).isEqualTo("later cannot be used until method notYet() is declared");
    }

    @Test
    void aValueWhoseToStringThrowsIsAnErrorOfThatSnippetAtTheThrowingLineAndTheSessionGoesOn() {
        evalOne("class Bad {\n  public String toString() {\n    throw new RuntimeException(\"boom\");\n  }\n}");
        Outcome bare = session.eval(new SnippetSource("new Bad()", "other.jsh", 40, 1)).get(0);
        assertThat(bare).isInstanceOf(Outcome.RuntimeError.class);
        Outcome.RuntimeError error = (Outcome.RuntimeError) bare;
        assertThat(error.describe()).isEqualTo("RuntimeException: boom (thrown by the value's toString())");
        assertThat(error.position().toString()).isEqualTo("test.jsh:12:5");
        assertThat(error.userFrames()).startsWith("toString (test.jsh:12)");

        Outcome declared = session.eval(new SnippetSource("var b = new Bad();", "other.jsh", 41, 1)).get(0);
        assertThat(declared).isInstanceOf(Outcome.RuntimeError.class);
        assertThat(((Outcome.RuntimeError) declared).describe()).isEqualTo("RuntimeException: boom (thrown by the value's toString())");

        Outcome inAList = session.eval(new SnippetSource("List.of(1.5, new Bad())", "other.jsh", 42, 1)).get(0);
        assertThat(inAList).isInstanceOf(Outcome.RuntimeError.class);
        assertThat(((Outcome.RuntimeError) inAList).describe()).contains("boom");
        assertThat(((Outcome.Value) evalOne("1 + 1")).object()).isEqualTo(2);
    }

    @Test
    void aStaticInitializerThatThrowsIsReportedWithItsCauseAtTheInitializersLine() {
        evalOne("class Config {\n  static int v = Integer.parseInt(\"x\");\n}");
        Outcome outcome = session.eval(new SnippetSource("Config.v", "other.jsh", 40, 1)).get(0);
        assertThat(outcome).isInstanceOf(Outcome.RuntimeError.class);
        Outcome.RuntimeError error = (Outcome.RuntimeError) outcome;
        assertThat(error.describe()).isEqualTo("ExceptionInInitializerError: a static initializer threw"
                + " NumberFormatException: For input string: \"x\"");
        assertThat(error.position().toString()).startsWith("test.jsh:11:");
        assertThat(error.userFrames()).contains("other.jsh:40");
        assertThat(error.userFrames().get(0)).contains("test.jsh:11");
    }

    @Test
    void anExceptionInAThreadTheSnippetStartedIsPrintedAsPlainJavaPrintsIt() throws Exception {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        java.io.PrintStream realErr = System.err;
        System.setErr(new java.io.PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            Outcome outcome = evalOne("{ Thread t = new Thread(() -> { throw new IllegalStateException(\"in thread\"); },"
                    + " \"worker\"); t.start(); t.join(); }");
            assertThat(outcome.failed()).isFalse();
        } finally {
            System.setErr(realErr);
        }
        assertThat(buffer.toString(java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("Exception in thread \"worker\" java.lang.IllegalStateException: in thread" + System.lineSeparator()
                        + "\tat ");
    }

    @Test
    void systemExitOnAThreadTheSnippetStartedEndsTheRunWithItsStatus() {
        List<Outcome> outcomes = session.eval(new SnippetSource(
                "{ Thread t = new Thread(() -> System.exit(7)); t.start(); t.join(); }", "test.jsh", 10, 1));
        assertThat(outcomes).last().isInstanceOf(Outcome.ExitRequested.class);
        assertThat(((Outcome.ExitRequested) outcomes.get(outcomes.size() - 1)).status()).isEqualTo(7);
        assertThat(((Outcome.Value) evalOne("1 + 1")).object()).isEqualTo(2);
    }
}
