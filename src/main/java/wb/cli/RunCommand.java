package wb.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code wb run FILE.jsh [ARGS...]}: runs a script. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Run a .jsh script (- for standard input).")
final class RunCommand implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand
    Main main;

    @Mixin
    SessionOptions session = new SessionOptions();

    @Mixin
    ScriptOptions script = new ScriptOptions();

    @Parameters(index = "0", paramLabel = "FILE.jsh", description = "The script (- for standard input).")
    String file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the script, as args.")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        return ScriptLauncher.run(session, script, file, args, Main.host(main));
    }
}
