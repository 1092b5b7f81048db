package wb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import wb.notebook.NotebookExport;
import wb.script.ExitStatus;
import wb.io.AtomicFiles;

/** The command line's side of {@code --notebook} and {@code --html}: checking and writing the files. */
final class ExportFiles {
    private ExportFiles() {
    }

    /** Why the files cannot be written (a folder that does not exist), or null. */
    static String problem(Path notebook, Path html) {
        for (Path[] named : new Path[][] {{notebook, Path.of("--notebook")}, {html, Path.of("--html")}}) {
            Path file = named[0];
            if (file == null) {
                continue;
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                return named[1] + " " + file + ": the folder " + parent + " does not exist";
            }
            if (Files.isDirectory(file)) {
                return named[1] + " " + file + ": is a folder; give a file name";
            }
        }
        return null;
    }

    /**
     * Writes the export after the run and returns the run's status, or 1 if the run succeeded but
     * the files could not be written.
     */
    static int finish(NotebookExport export, String origin, int status, PrintStream err) {
        String title = Path.of(origin).getFileName() == null ? origin : Path.of(origin).getFileName().toString();
        try {
            export.finish(title);
            return status;
        } catch (IOException e) {
            err.println("wb: cannot write the notebook: " + AtomicFiles.reason(e));
            return status == ExitStatus.OK ? ExitStatus.FAILED : status;
        }
    }
}
