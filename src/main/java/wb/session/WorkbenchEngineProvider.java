package wb.session;

import java.util.Map;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/** Supplies JShell with the workbench's in-process engine and remembers it for the session. */
final class WorkbenchEngineProvider implements ExecutionControlProvider {
    private volatile WorkbenchExecutionControl engine;

    @Override
    public String name() {
        return "wb-local";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        engine = new WorkbenchExecutionControl();
        return engine;
    }

    /** The engine JShell asked for, or null before JShell has started it. */
    WorkbenchExecutionControl engine() {
        return engine;
    }
}
