package wb.notebook;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import wb.plot.Animation;
import wb.plot.Display;
import wb.plot.Figure;
import wb.plot.render.FigureFiles;
import wb.script.ScriptRunner;
import wb.session.Outcome;
import wb.session.SnippetSource;

/**
 * Turns what one cell's snippets do into the cell's outputs, in the order they happened: printed
 * text, figures, values and errors. It is the session's display (figures arrive here), the
 * script runner's listener (outcomes arrive here) and the sink of standard output and error.
 *
 * <p>The same recorder serves a notebook written from a script and the kernel, so that a notebook
 * re-executed in Jupyter gets the outputs it was written with:
 * <ul>
 *   <li>Text a snippet prints is sent as one {@link Output.Stream} per stream per snippet (a
 *       switch from standard output to error, or a figure, starts another); the cell keeps
 *       consecutive text on one stream as one output, as Jupyter does.
 *   <li>A figure shown is a {@link Output.DisplayData} with {@code image/png} (and {@code
 *       image/svg+xml} when asked for); an animation one with {@code image/gif}.
 *   <li>A value a script would print is a {@link Output.DisplayData} with that text, except the
 *       cell's last snippet's value (text or figure), which is the cell's
 *       {@link Output.ExecuteResult}.
 *   <li>A failure is an {@link Output.Error} whose traceback is what a script prints on standard
 *       error, in the cell's own line numbers.
 * </ul>
 * Every finished output is also handed to a listener as soon as it is final (the kernel sends it).
 */
public final class CellRecorder implements ScriptRunner.Listener, Display {

    /** Where a position of a running snippet is in its cell. */
    public interface Locator {
        /** The position as the cell's reader counts: {@code In[n]:line:column}. */
        SnippetSource.Position inCell(SnippetSource.Position position);

        /** A stack frame such as {@code run (file.jsh:12)} with its position in cell terms. */
        String frameInCell(String frame);
    }

    /** The locator for snippets that already run with their cell's origin and lines (the kernel). */
    public static final Locator SAME = new Locator() {
        @Override
        public SnippetSource.Position inCell(SnippetSource.Position position) {
            return position;
        }

        @Override
        public String frameInCell(String frame) {
            return frame;
        }
    };

    private final boolean showsOutcomes;
    private final Consumer<Output> listener;
    private final Object lock = new Object();
    private final List<Output> outputs = new ArrayList<>();
    private volatile boolean svg;
    private int executionCount;
    private String lastOrigin;
    private int lastLine;
    /** How a finished snippet's outcome is recorded. */
    private final Recording recording = new Recording();
    private Locator locator = SAME;
    /** The stream whose text is being collected, or null. */
    private String pendingStream;
    private final ByteArrayOutputStream pendingText = new ByteArrayOutputStream();
    /** A figure shown and not yet known to be the cell's result, or null. */
    private Map<String, String> pendingFigure;

    /**
     * A recorder.
     *
     * @param showsOutcomes whether the cell's outputs are all the user sees (the kernel), so that
     *                      the script runner should print nothing for outcomes; false when the
     *                      runner also prints to a terminal (a script run writing a notebook)
     * @param listener      told each output once it is final, or null
     */
    public CellRecorder(boolean showsOutcomes, Consumer<Output> listener) {
        this.showsOutcomes = showsOutcomes;
        this.listener = listener == null ? o -> { } : listener;
    }

    /** Also sends figures as SVG (beside PNG) from now on. */
    public void svg(boolean on) {
        svg = on;
    }

    /** Whether figures are also sent as SVG. */
    public boolean svg() {
        return svg;
    }

    /**
     * Starts recording a cell.
     *
     * @param count   its execution count
     * @param origin  the origin its snippets run with
     * @param last    the line (in that origin) of its last snippet, whose value is the cell's result
     * @param where   how to express positions in the cell's lines
     */
    public void begin(int count, String origin, int last, Locator where) {
        synchronized (lock) {
            outputs.clear();
            pendingStream = null;
            pendingText.reset();
            pendingFigure = null;
            executionCount = count;
            lastOrigin = origin;
            lastLine = last;
            locator = where;
        }
    }

    /**
     * Ends the cell: its outputs, in order, with text printed on the same stream by consecutive
     * snippets as one output, as Jupyter shows it and stores it when it runs a notebook.
     */
    public List<Output> end() {
        synchronized (lock) {
            settle();
            List<Output> merged = new ArrayList<>();
            for (Output output : outputs) {
                int last = merged.size() - 1;
                if (output instanceof Output.Stream stream && last >= 0
                        && merged.get(last) instanceof Output.Stream previous && previous.name().equals(stream.name())) {
                    merged.set(last, new Output.Stream(stream.name(), previous.text() + stream.text()));
                } else {
                    merged.add(output);
                }
            }
            return List.copyOf(merged);
        }
    }

    /** Whether the cell recorded so far has an error. */
    public boolean failed() {
        synchronized (lock) {
            return outputs.stream().anyMatch(o -> o instanceof Output.Error);
        }
    }

    /** Records an error that did not come from a snippet (a command's usage error, say). */
    public void error(String ename, String evalue, List<String> traceback) {
        synchronized (lock) {
            settle();
            add(new Output.Error(ename, evalue, List.copyOf(traceback)));
        }
    }

    /** Bytes written here (UTF-8) are text the cell printed on {@code name}: stdout or stderr. */
    public OutputStream stream(String name) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (lock) {
                    if (!name.equals(pendingStream)) {
                        settle();
                        pendingStream = name;
                    }
                    pendingText.write(b, off, len);
                }
            }
        };
    }

    @Override
    public void starting(SnippetSource source) {
        synchronized (lock) {
            settle();
        }
    }

    @Override
    public boolean finished(Outcome outcome) {
        synchronized (lock) {
            flushText();
            return outcome.accept(recording);
        }
    }

    /** Whether {@code source} is the cell's last snippet, whose value is the cell's result. */
    private boolean isLast(SnippetSource source) {
        return source.origin().equals(lastOrigin) && source.line() == lastLine;
    }

    /**
     * What each kind of outcome adds to the cell's outputs, called with the lock held; whether
     * the run shows outcomes at all is the answer for every kind but a statement that ran.
     */
    private final class Recording implements Outcome.Visitor<Boolean> {
        @Override
        public Boolean value(Outcome.Value value) {
            boolean last = isLast(value.source());
            if (value.shown()) {
                if (pendingFigure != null && last) {
                    add(new Output.ExecuteResult(executionCount, pendingFigure));
                    pendingFigure = null;
                }
                settle();
                return showsOutcomes;
            }
            settle();
            String text = value.scriptEcho();
            if (text != null) {
                Map<String, String> data = Map.of("text/plain", text);
                add(last ? new Output.ExecuteResult(executionCount, data) : new Output.DisplayData(data));
            }
            return showsOutcomes;
        }

        @Override
        public Boolean declared(Outcome.Declared declared) {
            settle();
            if (!declared.unresolved().isEmpty()) {
                String where = locator.inCell(declared.position()).toString();
                add(new Output.Stream("stderr", where + ": " + declared.warning() + "\n"));
            }
            return showsOutcomes;
        }

        @Override
        public Boolean ran(Outcome.Ran ran) {
            settle();
            return false;
        }

        @Override
        public Boolean compileError(Outcome.CompileError error) {
            return failure(error, error.describe(), false);
        }

        /** Jupyter shows "ename: evalue", so the value is the exception's message without its type. */
        @Override
        public Boolean runtimeError(Outcome.RuntimeError error) {
            return failure(error, error.message() != null ? error.message() : error.describe(), false);
        }

        @Override
        public Boolean stopped(Outcome.Stopped stopped) {
            return failure(stopped, stopped.describe(), true);
        }

        @Override
        public Boolean exitRequested(Outcome.ExitRequested exit) {
            return failure(exit, exit.describe(), false);
        }

        private boolean failure(Outcome.Failure failure, String evalue, boolean interrupted) {
            settle();
            add(error(failure, evalue, interrupted));
            return showsOutcomes;
        }
    }

    @Override
    public void show(Figure figure) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("text/plain", figure.toString());
        data.put("image/png", Base64.getEncoder().encodeToString(FigureFiles.bytes(figure.spec(), FigureFiles.Format.PNG)));
        if (svg) {
            data.put("image/svg+xml", new String(FigureFiles.bytes(figure.spec(), FigureFiles.Format.SVG), StandardCharsets.UTF_8));
        }
        showData(data);
    }

    @Override
    public void show(Animation animation) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("text/plain", animation.toString());
        data.put("image/gif", Base64.getEncoder().encodeToString(animation.gif()));
        showData(data);
    }

    private void showData(Map<String, String> data) {
        synchronized (lock) {
            settle();
            pendingFigure = data;
        }
    }

    /** A failure as Jupyter's error output: its type, {@code evalue}, and a traceback in the cell's lines. */
    private Output.Error error(Outcome.Failure failure, String evalue, boolean interrupted) {
        SnippetSource.Position at = locator.inCell(failure.position());
        List<String> traceback = new ArrayList<>();
        if (interrupted) {
            traceback.add(at + ": interrupted");
        } else {
            traceback.add(at + ": error: " + failure.describe());
            traceback.addAll(List.of(at.caret("    ").split("\n")));
        }
        for (String frame : failure.userFrames()) {
            traceback.add("    at " + locator.frameInCell(frame));
        }
        return new Output.Error(failure.errorType(), evalue, List.copyOf(traceback));
    }

    /** Ends the pending text and figure: they are final. */
    private void settle() {
        flushText();
        if (pendingFigure != null) {
            add(new Output.DisplayData(pendingFigure));
            pendingFigure = null;
        }
    }

    private void flushText() {
        if (pendingStream != null && pendingText.size() > 0) {
            add(new Output.Stream(pendingStream, pendingText.toString(StandardCharsets.UTF_8)));
        }
        pendingStream = null;
        pendingText.reset();
    }

    private void add(Output output) {
        outputs.add(output);
        listener.accept(output);
    }
}
