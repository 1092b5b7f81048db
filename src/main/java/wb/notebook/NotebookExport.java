package wb.notebook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wb.io.AtomicFiles;
import wb.plot.Display;
import wb.script.ScriptRunner;
import wb.session.Outcome;
import wb.session.SnippetSource;
import wb.session.SnippetSplitter;

/**
 * A script run written out as a notebook ({@code wb run --notebook OUT.ipynb}) and/or an HTML
 * report ({@code --html OUT.html}), while the run prints and saves as it always does.
 *
 * <p>The script is cut into cells by {@link ScriptCells}; the run itself is the ordinary script
 * run, watched snippet by snippet. Cell {@code k} gets execution count {@code k} and its
 * positions read {@code In[k]:line:column} with lines counted from the cell's first line, which is
 * what the wb kernel shows when the notebook is run again in Jupyter. Cells after a failure that
 * ended the run are written without outputs and without a count, as Jupyter leaves them.
 */
public final class NotebookExport {

    private final Path notebook;
    private final Path html;
    private final CellRecorder recorder = new CellRecorder(false, null);
    private List<ScriptCells.Plan> plans = List.of();
    private final List<List<Output>> outputs = new ArrayList<>();
    private String origin;
    /** The index in {@link #plans} of the code cell running, or -1. */
    private int current = -1;
    private PrintStream savedOut;
    private PrintStream savedErr;

    /**
     * An export to either file or both.
     *
     * @param notebook where the notebook goes, or null
     * @param html     where the HTML report goes, or null
     */
    public NotebookExport(Path notebook, Path html) {
        if (notebook == null && html == null) {
            throw new IllegalArgumentException("a notebook export needs a notebook or an HTML file");
        }
        this.notebook = notebook;
        this.html = html;
    }

    /** The display that puts figures into cells; the session shows figures on it too. */
    public Display display() {
        return recorder;
    }

    /**
     * Watches {@code runner}'s run of {@code text} and captures standard output and error (still
     * passing them on) until {@link #finish}.
     *
     * @param scriptOrigin the origin the run's snippets carry (the script's name as typed)
     */
    public void attach(ScriptRunner runner, SnippetSplitter splitter, String text, String scriptOrigin) {
        plans = ScriptCells.plan(text, splitter);
        origin = scriptOrigin;
        plans.forEach(p -> outputs.add(null));
        runner.listener(new Watcher());
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(tee(savedOut, recorder.stream("stdout")));
        System.setErr(tee(savedErr, recorder.stream("stderr")));
    }

    /**
     * Ends the capture and writes the files, atomically.
     *
     * @param title the report's title (the script's name)
     * @throws IOException if a file cannot be written
     */
    public void finish(String title) throws IOException {
        System.out.flush();
        System.err.flush();
        System.setOut(savedOut);
        System.setErr(savedErr);
        endCell();
        List<Cell> cells = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < plans.size(); i++) {
            ScriptCells.Plan plan = plans.get(i);
            if (plan.markdown()) {
                cells.add(new Cell.Markdown(plan.source()));
                continue;
            }
            count++;
            List<Output> out = outputs.get(i);
            cells.add(new Cell.Code(plan.source(), out == null ? null : count, out == null ? List.of() : out));
        }
        if (notebook != null) {
            byte[] bytes = NotebookJson.write(cells).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(notebook, o -> o.write(bytes));
        }
        if (html != null) {
            byte[] bytes = HtmlReport.write(title, cells).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(html, o -> o.write(bytes));
        }
    }

    /** A stream writing to {@code first} and to {@code second}, as UTF-8. */
    private static PrintStream tee(PrintStream first, OutputStream second) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                first.write(b);
                try {
                    second.write(b);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                first.write(b, off, len);
                try {
                    second.write(b, off, len);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void flush() {
                first.flush();
            }
        }, true, StandardCharsets.UTF_8);
    }

    private void endCell() {
        if (current >= 0) {
            outputs.set(current, recorder.end());
            current = -1;
        }
    }

    /** The index of the code cell holding a script line, or -1. */
    private int cellAt(int line) {
        for (int i = 0; i < plans.size(); i++) {
            ScriptCells.Plan plan = plans.get(i);
            if (!plan.markdown() && plan.firstLine() <= line && line <= plan.endLine()) {
                return i;
            }
        }
        return -1;
    }

    /** The execution count of the code cell at index {@code index}: its number among code cells. */
    private int countOf(int index) {
        int count = 0;
        for (int i = 0; i <= index; i++) {
            count += plans.get(i).markdown() ? 0 : 1;
        }
        return count;
    }

    /** Moves to the cell of each snippet as the run reaches it. */
    private final class Watcher implements ScriptRunner.Listener {
        @Override
        public void starting(SnippetSource source) {
            int cell = source.origin().equals(origin) ? cellAt(source.line()) : -1;
            if (cell >= 0 && cell != current) {
                endCell();
                current = cell;
                recorder.begin(countOf(cell), origin, plans.get(cell).lastLine(), new Lines());
            }
            recorder.starting(source);
        }

        @Override
        public boolean finished(Outcome outcome) {
            return recorder.finished(outcome);
        }
    }

    /** Script positions as cell positions: {@code In[k]:line:column} from the cell's first line. */
    private final class Lines implements CellRecorder.Locator {
        @Override
        public SnippetSource.Position inCell(SnippetSource.Position p) {
            int cell = p.origin().equals(origin) ? cellAt(p.line()) : -1;
            if (cell < 0) {
                return p;
            }
            return new SnippetSource.Position("In[" + countOf(cell) + "]", p.line() - plans.get(cell).firstLine() + 1,
                    p.column(), p.lineText(), p.textColumn());
        }

        @Override
        public String frameInCell(String frame) {
            Matcher m = Pattern.compile(Pattern.quote(origin) + ":(\\d+)").matcher(frame);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                int line = Integer.parseInt(m.group(1));
                int cell = cellAt(line);
                String replacement = cell < 0 ? m.group()
                        : "In[" + countOf(cell) + "]:" + (line - plans.get(cell).firstLine() + 1);
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        }
    }
}
