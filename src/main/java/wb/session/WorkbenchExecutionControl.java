package wb.session;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.function.Supplier;
import jdk.jshell.execution.LocalExecutionControl;

/**
 * JShell's in-process execution engine, with three additions: exit calls in snippet bytecode are
 * redirected to {@link ExitGuard}, a snippet variable's object can be read without turning it
 * into a string, and a snippet's run can be timed and repeated ({@link TimedLoop}).
 *
 * <p>The second addition is what lets the session format values itself (numbers through
 * {@code Repr}, the same on every JDK) and hand a figure to the display.
 */
final class WorkbenchExecutionControl extends LocalExecutionControl {
    private final Object captureLock = new Object();
    private boolean capturing;
    private Object captured;
    private volatile boolean rewriteFailed;
    /** How many times the next run repeats, timed; 0 when it runs once, untimed. */
    private long timedCount;
    private TimedLoop lastLoop;
    private String lastClass;
    /** What each snippet waits for before it runs (see {@link #beforeEachRun}). */
    private volatile Supplier<Throwable> beforeRun = () -> null;
    /** How many times a snippet was asked to run. */
    private volatile long runs;
    /** What {@link #beforeRun} returned instead of letting the last snippet run. */
    private volatile Throwable held;
    private String lastMethod;

    @Override
    public void load(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        ClassBytecodes[] guarded = new ClassBytecodes[classes.length];
        for (int i = 0; i < classes.length; i++) {
            guarded[i] = new ClassBytecodes(classes[i].name(), guard(classes[i].bytecodes()));
        }
        super.load(guarded);
    }

    /** Whether the class of a compiled snippet, by its full name, is installed here. */
    boolean hasClass(String name) {
        try {
            findClass(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private byte[] guard(byte[] bytecodes) {
        if (rewriteFailed) {
            return bytecodes;
        }
        try {
            return ExitCallRewriter.rewrite(bytecodes);
        } catch (IllegalArgumentException tooNew) {
            // ASM does not know this JDK's class file version: run unguarded rather than not at all.
            rewriteFailed = true;
            return bytecodes;
        }
    }

    /**
     * Makes the next snippet run (by JShell's eval or {@link #rerun}) a {@link TimedLoop} of
     * {@code count} calls.
     */
    void timeNextRun(long count) {
        timedCount = count;
        lastLoop = null;
    }

    /** The timing of the last timed run, or null if it did not finish (or none was asked for). */
    Session.Timing lastTiming() {
        TimedLoop loop = lastLoop;
        return loop == null ? null : loop.timing();
    }

    /** Whether a snippet has run since {@link #forgetLastRun()}, so that it can be run again. */
    boolean hasLastRun() {
        return lastClass != null;
    }

    void forgetLastRun() {
        lastClass = null;
        lastMethod = null;
    }

    /** Runs the last snippet's compiled code again, without compiling it, as JShell would. */
    String rerun() throws RunException, InternalException, EngineTerminationException {
        return invoke(lastClass, lastMethod);
    }

    @Override
    public String invoke(String className, String methodName)
            throws RunException, InternalException, EngineTerminationException {
        runs++;
        Throwable unfinished = beforeRun.get();
        if (unfinished != null) {
            held = unfinished; // this snippet does not run; the session reports the earlier one's failure
            return "";
        }
        lastClass = className;
        lastMethod = methodName;
        return super.invoke(className, methodName);
    }

    /**
     * Has every snippet wait, before it runs, for {@code check}: work an earlier snippet left to
     * another thread (a figure being written). When it returns a failure, the snippet does not
     * run, and {@link #takeHeld} gives the failure to the session to report.
     */
    void beforeEachRun(Supplier<Throwable> check) {
        beforeRun = check;
    }

    /** How many times a snippet was asked to run, so far. */
    long runs() {
        return runs;
    }

    /** The failure that kept the last snippet from running, once; null when it ran. */
    Throwable takeHeld() {
        Throwable failure = held;
        held = null;
        return failure;
    }

    /** Runs the snippet's method, or a {@link TimedLoop} of it when one was asked for. */
    private String runOnce(Method doitMethod) throws Exception {
        long count = timedCount;
        if (count <= 0) {
            return super.invoke(doitMethod);
        }
        timedCount = 0;
        TimedLoop loop = new TimedLoop(doitMethod, count);
        lastLoop = loop;
        loop.install(); // the snippet thread super.invoke starts inherits it
        try {
            return super.invoke(TimedLoop.RUN);
        } finally {
            TimedLoop.uninstall();
        }
    }

    /**
     * Reads the object held by a snippet variable. JShell names the variable's wrapper class only
     * when it calls {@link #varValue}, so the session calls {@code JShell.varValue} with
     * capturing on, and this method answers from the field instead of formatting it.
     */
    Object capture(Runnable varValueCall) {
        synchronized (captureLock) {
            capturing = true;
            captured = null;
            try {
                varValueCall.run();
                return captured;
            } finally {
                capturing = false;
                captured = null;
            }
        }
    }

    /**
     * Runs a snippet. JShell turns its value into text here, outside the snippet's own failure
     * handling, so a {@code toString()} that throws would escape as an internal error of the
     * session; it becomes the snippet's runtime error instead, with its stack.
     */
    @Override
    protected String invoke(Method doitMethod) throws Exception {
        try {
            return runOnce(doitMethod);
        } catch (RuntimeException | StackOverflowError e) {
            throw toStringFailed(e);
        }
    }

    private static UserException toStringFailed(Throwable e) {
        String message = (e.getMessage() == null ? "" : e.getMessage() + " ") + "(thrown by the value's toString())";
        return new UserException(message, e.getClass().getName(), e.getStackTrace());
    }

    @Override
    public String varValue(String className, String varName)
            throws RunException, EngineTerminationException, InternalException {
        synchronized (captureLock) {
            if (!capturing) {
                try {
                    return super.varValue(className, varName);
                } catch (RuntimeException | StackOverflowError e) {
                    throw toStringFailed(e);
                }
            }
            try {
                Field field = findClass(className).getDeclaredField(varName);
                field.setAccessible(true);
                captured = field.get(null);
                return "";
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new InternalException("cannot read " + varName + ": " + e);
            }
        }
    }
}
