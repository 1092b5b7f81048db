package wb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import wb.script.ExitStatus;
import wb.io.AtomicFiles;
import wb.script.TranscriptTester;

/** {@code wb test [--record] FILE.jsh...}: checks scripts against their recorded transcripts. */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Run scripts and check each against its transcript NAME.out (standard output,"
                + " exit status and figures, with reference figures in NAME.figures/).",
                "Exit status 0 when all pass, 1 when any differs."})
final class TestCommand implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand
    Main main;

    @Option(names = "--record", description = "Write the transcripts instead of checking them.")
    boolean record;

    @Option(names = "--seed", paramLabel = "N", converter = SeedConverter.class,
            description = "Run with this seed (default: the transcript's; when recording, 0).")
    Long seed;

    /** Read by the launcher, which then starts no client; here only so that it parses. */
    @Option(names = "--no-engine", description = "Run in this process instead of a warm engine"
            + " (as WB_ENGINE=off does).")
    boolean noEngine;

    @Parameters(arity = "1..*", paramLabel = "FILE.jsh", description = "The scripts.")
    List<Path> scripts;

    @Override
    public Integer call() {
        TranscriptTester tester = new TranscriptTester(Version.wb(), System.out, System.err, Main.starter(main));
        OptionalLong runSeed = seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
        boolean allPassed = true;
        for (Path script : scripts) {
            if (!Files.isRegularFile(script)) {
                System.err.println("wb: cannot read " + script + ": no such file");
                return ExitStatus.USAGE;
            }
            try {
                if (record) {
                    tester.record(script, runSeed, System.getProperty("java.version"));
                } else {
                    allPassed &= tester.check(script, runSeed);
                }
            } catch (IOException e) {
                System.err.println("wb: " + script + ": " + AtomicFiles.reason(e));
                allPassed = false;
            } catch (IllegalArgumentException e) {
                System.out.println("FAIL " + script + ": " + e.getMessage());
                allPassed = false;
            }
        }
        return allPassed ? ExitStatus.OK : ExitStatus.FAILED;
    }
}
