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

    /** The outcome of {@code code} as line 10 of test.jsh, which must be of {@code kind}. */
    private static <T extends Outcome> T evalOne(String code, Class<T> kind) {
        Outcome outcome = evalOne(code);
        assertThat(outcome).isInstanceOf(kind);
        return kind.cast(outcome);
    }

    /** The outcome of {@code code} as line {@code line} of other.jsh, which must be of {@code kind}. */
    private static <T extends Outcome> T evalElsewhere(int line, String code, Class<T> kind) {
        Outcome outcome = session.eval(new SnippetSource(code, "other.jsh", line, 1)).get(0);
        assertThat(outcome).isInstanceOf(kind);
        return kind.cast(outcome);
    }

    @Test
    void anExpressionHasAValueAndItsObject() {
        Outcome.Value value = evalOne("1 + 1", Outcome.Value.class);
        assertThat(value.kind()).isEqualTo(Outcome.ValueKind.EXPRESSION);
        assertThat(value.object()).isEqualTo(2);
        assertThat(value.type()).isEqualTo("int");
    }

    @Test
    void aBareVariableIsAVariableValueWithItsObject() {
        evalOne("List<String> names = new ArrayList<>(List.of(\"a\"));");
        Outcome.Value value = evalOne("names", Outcome.Value.class);
        assertThat(value.kind()).isEqualTo(Outcome.ValueKind.VARIABLE);
        assertThat(value.name()).isEqualTo("names");
        assertThat(value.object()).isEqualTo(List.of("a"));
    }

    @Test
    void aCompileErrorPointsAtTheLineAndColumnInTheOrigin() {
        Outcome.CompileError error = evalOne("double d =\n    1 + nope;", Outcome.CompileError.class);
        assertThat(error.message()).isEqualTo("cannot find symbol: variable nope");
        assertThat(error.position().line()).isEqualTo(11);
        assertThat(error.position().column()).isEqualTo(9);
        assertThat(error.position().lineText()).isEqualTo("    1 + nope;");
    }

    @Test
    void aRuntimeErrorNamesTheLineOfTheUserFrame() {
        evalOne("void fail(int n) {\n  if (n > 0)\n    throw new IllegalStateException(\"boom \" + n);\n}");
        Outcome.RuntimeError error = evalElsewhere(40, "fail(3)", Outcome.RuntimeError.class);
        assertThat(error.describe()).isEqualTo("IllegalStateException: boom 3");
        assertThat(error.position().toString()).isEqualTo("test.jsh:12:5");
        assertThat(error.userFrames()).containsExactly("fail (test.jsh:12)", "other.jsh:40");
        assertThat(error.trace()).startsWith("java.lang.IllegalStateException: boom 3\n");
        assertThat(session.lastError()).contains(error);
    }

    @Test
    void aNullPointerMessageHasNoWrapperClassNames() {
        evalOne("String nothing = null;");
        Outcome.RuntimeError error = evalOne("nothing.length()", Outcome.RuntimeError.class);
        assertThat(error.message()).isEqualTo("Cannot invoke \"String.length()\" because \"nothing\" is null");
    }

    @Test
    void systemExitDoesNotEndTheJvm() {
        assertThat(evalOne("System.exit(3)")).isEqualTo(new Outcome.ExitRequested(
                new SnippetSource("System.exit(3)", "test.jsh", 10, 1), 3));
        assertThat(evalOne("Runtime.getRuntime().halt(4)")).isInstanceOf(Outcome.ExitRequested.class);
        assertThat(evalOne("((IntConsumer) System::exit).accept(5)", Outcome.ExitRequested.class).status())
                .isEqualTo(5);
        assertThat(evalOne("40 + 2", Outcome.Value.class).object()).isEqualTo(42);
    }

    @Test
    void aStackOverflowIsAnErrorWithCollapsedFrames() {
        evalOne("int down(int n) { return down(n + 1) + 1; }");
        Outcome.RuntimeError error = evalOne("down(0)", Outcome.RuntimeError.class);
        assertThat(error.exceptionType()).isEqualTo("java.lang.StackOverflowError");
        assertThat(error.userFrames()).hasSizeLessThan(10);
        assertThat(evalOne("1", Outcome.Value.class).object()).isEqualTo(1);
    }

    @Test
    void runningOutOfHeapIsAnErrorAndTheSessionGoesOn() {
        evalOne("int before = 3;");
        Outcome.RuntimeError error = evalOne("long[] huge = new long[1_900_000_000];", Outcome.RuntimeError.class);
        assertThat(error.exceptionType()).isEqualTo("java.lang.OutOfMemoryError");
        assertThat(evalOne("before + 1", Outcome.Value.class).object()).isEqualTo(4);
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
        assertThat(evalOne("kept", Outcome.Value.class).object()).isEqualTo(7);
    }

    @Test
    void aMethodUsingAnUndeclaredNameIsDeclaredButCannotRunYet() {
        Outcome declared = evalOne("double later() { return notYet() * 2; }");
        assertThat(((Outcome.Declared) declared).unresolved()).containsExactly("method notYet()");
        Outcome.RuntimeError error = evalOne("later()", Outcome.RuntimeError.class);
        assertThat(error.message()).isEqualTo("later cannot be used until method notYet() is declared");
    }

    @Test
    void aValueWhoseToStringThrowsIsAnErrorOfThatSnippetAtTheThrowingLineAndTheSessionGoesOn() {
        evalOne("class Bad {\n  public String toString() {\n    throw new RuntimeException(\"boom\");\n  }\n}");
        Outcome.RuntimeError error = evalElsewhere(40, "new Bad()", Outcome.RuntimeError.class);
        assertThat(error.describe()).isEqualTo("RuntimeException: boom (thrown by the value's toString())");
        assertThat(error.position().toString()).isEqualTo("test.jsh:12:5");
        assertThat(error.userFrames()).startsWith("toString (test.jsh:12)");

        Outcome.RuntimeError declared = evalElsewhere(41, "var b = new Bad();", Outcome.RuntimeError.class);
        assertThat(declared.describe()).isEqualTo("RuntimeException: boom (thrown by the value's toString())");

        Outcome.RuntimeError inAList = evalElsewhere(42, "List.of(1.5, new Bad())", Outcome.RuntimeError.class);
        assertThat(inAList.describe()).contains("boom");
        assertThat(evalOne("1 + 1", Outcome.Value.class).object()).isEqualTo(2);
    }

    @Test
    void aVariableOfATypeNotDefinedYetIsListedWithoutAValueInsteadOfFailingTheList() {
        evalOne("impomport fuzzed;"); // found by PromptFuzzIT: /vars then said "internal error"
        assertThat(session.variables()).contains("impomport fuzzed (not defined: impomport is unknown)");
    }

    @Test
    void textThatCrashesTheJavaCompilerIsACompileErrorAtTheSnippetAndTheSessionGoesOn() {
        // javac's parser asserts on type arguments nested this deep (JDK 17 and 25): jshell dies
        // with InternalError, and so did wb's prompt, on a line of pasted binary found by PromptFuzzIT.
        Outcome outcome = session.eval(new SnippetSource(" <a0".repeat(400) + ";", "pasted.jsh", 7, 1)).get(0);
        assertThat(outcome).isInstanceOf(Outcome.CompileError.class);
        Outcome.CompileError error = (Outcome.CompileError) outcome;
        assertThat(error.describe()).startsWith("the Java compiler failed on this snippet (AssertionError")
                .endsWith("nothing was run");
        assertThat(error.position().toString()).isEqualTo("pasted.jsh:7:1");
        assertThat(((Outcome.Value) evalOne("1 + 1")).object()).isEqualTo(2);
    }

    @Test
    void aSumOfTwentyThousandTermsOnOneLineCompilesAndRuns() {
        // Before, javac's StackOverflowError on the thread's 8 MB escaped the session and ended the run.
        evalOne("double s = " + "1.0 + ".repeat(20_000) + "1.0;");
        assertThat(evalOne("s", Outcome.Value.class).object()).isEqualTo(20_001.0);
    }

    @Test
    void anExpressionTooDeepForTheCompilersStackIsACompileErrorAtTheSnippetAndTheSessionGoesOn() {
        session.compilerStack(1L << 20);
        try {
            Outcome outcome = session.eval(new SnippetSource("double s = " + "1.0 + ".repeat(20_000) + "1.0;", "deep.jsh", 3, 1)).get(0);
            assertThat(outcome).isInstanceOf(Outcome.CompileError.class);
            Outcome.CompileError error = (Outcome.CompileError) outcome;
            assertThat(error.describe()).isEqualTo("the snippet is nested too deeply for the Java compiler (its stack of 1 MB"
                    + " ran out); nothing was run: split the expression, e.g. into partial sums held in variables");
            assertThat(error.position().toString()).isEqualTo("deep.jsh:3:1");
        } finally {
            session.compilerStack(DeepStack.DEFAULT_BYTES);
        }
        assertThat(evalOne("double t = 1.0 + 2.0 + 3.0;", Outcome.Value.class).object()).isEqualTo(6.0);
        assertThat(evalOne("t * 2", Outcome.Value.class).object()).isEqualTo(12.0);
    }

    @Test
    void aDeclarationThatCompilesToAClassAlreadyInstalledIsNotTakenForACompilerCrash() {
        // JShell installs nothing for a snippet whose class it already has with the same bytes;
        // only a defined snippet whose class is missing is one javac crashed on (CompilerFailures).
        for (int round = 0; round < 3; round++) {
            for (String body : List.of("1.0", "2.0", "1.0")) {
                Outcome outcome = evalOne("double f() { return " + body + "; }");
                assertThat(outcome).as(body).isInstanceOf(Outcome.Declared.class);
                assertThat(evalOne("f()", Outcome.Value.class).object()).isEqualTo(Double.valueOf(body));
            }
        }
    }

    @Test
    void aStaticInitializerThatThrowsIsReportedWithItsCauseAtTheInitializersLine() {
        evalOne("class Config {\n  static int v = Integer.parseInt(\"x\");\n}");
        Outcome.RuntimeError error = evalElsewhere(40, "Config.v", Outcome.RuntimeError.class);
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
        assertThat(evalOne("1 + 1", Outcome.Value.class).object()).isEqualTo(2);
    }
}
