package wb.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import wb.notebook.NotebookExport;
import wb.script.ScriptRunner;

/** The options of a script run. */
final class ScriptOptions {
    @Option(names = {"-q", "--quiet"}, description = "Do not echo the values of bare expressions.")
    boolean quiet;

    @Option(names = "--keep-going", description = "Run on past failures; the exit status is still 1.")
    boolean keepGoing;

    @Option(names = "--show", description = "Also show figures in windows, and wait for them to be closed"
            + " before exiting (figures are always saved to --out).")
    boolean show;

    /** Read by the launcher, which then starts no client; here only so that it parses. */
    @Option(names = "--no-engine", description = "Run in this process instead of a warm engine"
            + " (as WB_ENGINE=off does).")
    boolean noEngine;

    @Option(names = "--notebook", paramLabel = "OUT.ipynb",
            description = "Also write the run as a Jupyter notebook: cells with their code, output and figures.")
    Path notebook;

    @Option(names = "--html", paramLabel = "OUT.html",
            description = "Also write the run as a self-contained HTML report.")
    Path html;

    /** The notebook and report to write, or null when neither was asked for. */
    NotebookExport export() {
        return notebook == null && html == null ? null : new NotebookExport(notebook, html);
    }

    ScriptRunner.Options runnerOptions() {
        return new ScriptRunner.Options(quiet, keepGoing);
    }
}
