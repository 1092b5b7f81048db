package wb.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code wb test FILE.jsh...}: checks scripts against their recorded transcripts. */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Check scripts against their recorded transcripts (FILE.out).")
final class TestCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("wb: test is not built yet");
        return 1;
    }
}
