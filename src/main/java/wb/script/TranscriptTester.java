package wb.script;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import wb.io.AtomicFiles;
import wb.session.ShellStarter;

/**
 * {@code wb test}: runs scripts and checks them against their recorded transcripts
 * ({@code NAME.out}, with reference figures in {@code NAME.figures/}), or records them.
 *
 * <p>Standard output and the exit status must match exactly; figures match by checksum or,
 * failing that, by pixels within {@link FigureComparison}'s tolerance. The header's seed must
 * match; its JDK and wb version are shown but not compared.
 */
public final class TranscriptTester {
    private final String wbVersion;
    private final PrintStream report;
    private final PrintStream err;
    /** A JShell started in the background for the first script run, taken once. */
    private ShellStarter starter;

    /**
     * @param wbVersion the version recorded in new transcripts
     * @param report    where verdicts and diffs go
     * @param err       where the scripts' own error output goes
     */
    public TranscriptTester(String wbVersion, PrintStream report, PrintStream err) {
        this(wbVersion, report, err, null);
    }

    /** The same, with a JShell being started in the background for the first script. */
    public TranscriptTester(String wbVersion, PrintStream report, PrintStream err, ShellStarter starter) {
        this.wbVersion = wbVersion;
        this.report = report;
        this.err = err;
        this.starter = starter;
    }

    private ScriptRun run(Path script, long seed, Path outputFolder) throws IOException {
        ShellStarter first = starter;
        starter = null;
        return ScriptRun.capture(script, script.toString(), seed, outputFolder, err, first);
    }

    /** The transcript file of a script: {@code NAME.jsh} → {@code NAME.out}. */
    public static Path transcriptOf(Path script) {
        return script.resolveSibling(baseName(script) + ".out");
    }

    /** The folder of a script's reference figures: {@code NAME.jsh} → {@code NAME.figures}. */
    public static Path figuresOf(Path script) {
        return script.resolveSibling(baseName(script) + ".figures");
    }

    /**
     * Checks one script against its transcript and reports PASS or FAIL with the differences.
     *
     * @param seed the seed to run with; empty to use the transcript's
     * @return whether it passed
     */
    public boolean check(Path script, OptionalLong seed) throws IOException {
        Path transcriptFile = transcriptOf(script);
        Transcript recorded;
        try {
            recorded = Transcript.parse(Files.readString(transcriptFile, StandardCharsets.UTF_8), transcriptFile.toString());
        } catch (NoSuchFileException e) {
            report.println("FAIL " + script + ": no transcript " + transcriptFile + " (record one with wb test --record "
                    + script + ")");
            return false;
        }
        long runSeed = seed.orElse(recorded.seed());
        Path outputFolder = Files.createTempDirectory("wb-test-");
        ScriptRun run = run(script, runSeed, outputFolder);
        List<String> problems = new ArrayList<>();
        if (runSeed != recorded.seed()) {
            problems.add("the run used seed " + runSeed + " but the transcript was recorded with seed " + recorded.seed());
        }
        String diff = LineDiff.unified(recorded.output(), run.output(), transcriptFile + " (recorded)", "this run");
        if (!diff.isEmpty()) {
            problems.add("standard output differs:\n" + diff.stripTrailing());
        }
        if (run.exitStatus() != recorded.exitStatus()) {
            problems.add("exit status " + run.exitStatus() + ", recorded " + recorded.exitStatus());
        }
        int withinTolerance = compareFigures(script, recorded, run, problems);
        if (problems.isEmpty()) {
            report.println("PASS " + script + " (" + run.output().size() + " lines, " + run.figures().size()
                    + " figures" + (withinTolerance > 0 ? ", " + withinTolerance + " within pixel tolerance" : "")
                    + "; recorded on JDK " + recorded.jdk() + ", wb " + recorded.version() + ")");
            deleteTree(outputFolder);
            return true;
        }
        report.println("FAIL " + script);
        for (String problem : problems) {
            report.println("  " + problem.replace("\n", "\n  "));
        }
        if (run.figures().isEmpty()) {
            deleteTree(outputFolder);
        } else {
            report.println("  (this run's figures are kept in " + outputFolder + ")");
        }
        return false;
    }

    /** Compares figure lists and files; adds problems; returns how many matched only by pixels. */
    private int compareFigures(Path script, Transcript recorded, ScriptRun run, List<String> problems) throws IOException {
        List<String> expectedNames = recorded.figures().stream().map(Transcript.Figure::name).toList();
        List<String> actualNames = run.figures().stream().map(p -> p.getFileName().toString()).toList();
        if (!expectedNames.equals(actualNames)) {
            problems.add("figures differ: recorded " + expectedNames + ", this run wrote " + actualNames);
            return 0;
        }
        int withinTolerance = 0;
        Path references = figuresOf(script);
        for (int i = 0; i < run.figures().size(); i++) {
            Path actual = run.figures().get(i);
            Transcript.Figure expected = recorded.figures().get(i);
            if (sha256(actual).equals(expected.sha256())) {
                continue;
            }
            Path reference = references.resolve(expected.name());
            if (!Files.exists(reference)) {
                problems.add("figure " + expected.name() + " differs from its checksum and " + reference + " is missing");
                continue;
            }
            FigureComparison.Verdict verdict = FigureComparison.compare(reference, actual);
            if (verdict.matches()) {
                withinTolerance++;
            } else {
                problems.add("figure " + expected.name() + " differs: " + verdict.detail() + " (expected " + reference
                        + ", got " + actual + ")");
            }
        }
        return withinTolerance;
    }

    /**
     * Runs a script and records its transcript and reference figures, replacing old ones.
     *
     * @param seed the seed to run with; empty for the default
     */
    public void record(Path script, OptionalLong seed, String jdk) throws IOException {
        long runSeed = seed.orElse(wb.session.SessionSettings.DEFAULT_SEED);
        Path outputFolder = Files.createTempDirectory("wb-record-");
        ScriptRun run = run(script, runSeed, outputFolder);
        List<Transcript.Figure> figures = new ArrayList<>();
        Path references = figuresOf(script);
        deleteTree(references);
        for (Path figure : run.figures()) {
            int[] size = imageSize(figure);
            figures.add(new Transcript.Figure(figure.getFileName().toString(), size[0], size[1], sha256(figure)));
            byte[] bytes = Files.readAllBytes(figure);
            AtomicFiles.write(references.resolve(figure.getFileName()), out -> out.write(bytes));
        }
        Transcript transcript = new Transcript(runSeed, jdk, wbVersion, run.output(), run.exitStatus(), figures);
        AtomicFiles.writeString(transcriptOf(script), transcript.format());
        deleteTree(outputFolder);
        report.println("recorded " + transcriptOf(script) + " (" + run.output().size() + " lines, exit "
                + run.exitStatus() + ", " + figures.size() + " figures)");
    }

    private static int[] imageSize(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            return image == null ? new int[] {0, 0} : new int[] {image.getWidth(), image.getHeight()};
        } catch (IOException e) {
            return new int[] {0, 0};
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String baseName(Path script) {
        String name = script.getFileName().toString();
        return name.endsWith(".jsh") ? name.substring(0, name.length() - 4) : name;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
