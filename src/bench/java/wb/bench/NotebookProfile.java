package wb.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import wb.plot.output.FileDisplay;
import wb.plot.output.RendererWarmup;
import wb.session.Input;
import wb.session.Session;
import wb.session.SessionSettings;
import wb.session.ShellStarter;

/**
 * Where a script run's time goes: the steps {@code wb FILE.jsh} takes (a JShell started at once on
 * its own thread, figure drawing warmed up meanwhile, then the snippets in order, figures saved to
 * files), each timed, in a fresh JVM. Prints the time from the JVM's start to main, to the
 * session being ready, and each snippet's time (compiling it with javac and running it), marking
 * those that saved a figure; then the totals by kind.
 *
 * <p>Run: {@code bash src/bench/run-notebook-profile.sh} (the launcher's JVM options and start-up
 * cache, so the steps are those of a real run).
 */
public final class NotebookProfile {
    private NotebookProfile() {
    }

    public static void main(String[] args) throws Exception {
        // The JVM's uptime is read at the end: loading the management classes here would delay
        // everything after it.
        long t0 = System.nanoTime();
        ShellStarter starter = ShellStarter.begin();
        Path script = Path.of(args[0]);
        Path out = Files.createTempDirectory("wb-profile");
        String text = Files.readString(script, StandardCharsets.UTF_8);
        RendererWarmup.run();
        double warmup = ms(t0);
        FileDisplay files = new FileDisplay(out);
        try (Session session = Session.start(new SessionSettings(0, files), starter)) {
            double ready = ms(t0);
            List<Input> inputs = session.splitter().split(text, script.getFileName().toString());
            double firstSnippet = -1;
            double firstFigure = -1;
            double figures = 0;
            double others = 0;
            int figureCount = 0;
            int otherCount = 0;
            StringBuilder lines = new StringBuilder();
            for (Input input : inputs) {
                if (!(input instanceof Input.Code code)) {
                    continue;
                }
                int before = files.count();
                long s = System.nanoTime();
                session.eval(code.source());
                double dt = ms(s);
                boolean figure = files.count() > before;
                lines.append(String.format("  line %3d  %7.1f ms%s%n", code.source().line(), dt, figure ? "  figure" : ""));
                if (firstSnippet < 0) {
                    firstSnippet = dt;
                } else if (figure && firstFigure < 0) {
                    firstFigure = dt;
                } else if (figure) {
                    figures += dt;
                    figureCount++;
                } else {
                    others += dt;
                    otherCount++;
                }
            }
            double total = ms(t0);
            double mainAt = ManagementFactory.getRuntimeMXBean().getUptime() - ms(t0);
            System.out.print(lines);
            System.out.printf("JVM start to main            %7.0f ms%n", (double) mainAt);
            System.out.printf("main to drawing warmed up    %7.0f ms (while JShell starts on its own thread)%n", warmup);
            System.out.printf("main to session ready        %7.0f ms (JShell built, preloaded imports compiled)%n", ready);
            System.out.printf("first snippet                %7.0f ms%n", firstSnippet);
            System.out.printf("first figure snippet         %7.0f ms%n", firstFigure);
            System.out.printf("%2d other figure snippets     %7.0f ms%n", figureCount, figures);
            System.out.printf("%2d other snippets            %7.0f ms%n", otherCount, others);
            System.out.printf("main to last snippet done    %7.0f ms%n", total);
        }
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
