package wb.repl;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import wb.session.CodeAssist;
import wb.session.Interpreter;
import wb.session.RunResult;
import wb.session.Session;

/**
 * The interactive prompt: reads what the user types on a JLine terminal, runs it in the session,
 * shows the outcome, and goes on until {@code /exit} or Ctrl-D.
 *
 * <p>Ctrl-C while a snippet runs stops it (the session's {@link Session#stop()}), and the prompt
 * comes back with every earlier variable intact; Ctrl-C at the prompt clears the line. Long
 * helper work shows its progress on the status line ({@link ProgressDisplay}).
 */
public final class Repl {
    private final Terminal terminal;
    private final Session session;
    private final ReplSettings settings;
    private final TypeAhead typeAhead;

    public Repl(Terminal terminal, Session session, ReplSettings settings) {
        this(terminal, session, settings, new TypeAhead());
    }

    /** @param typeAhead keys a question to the terminal read past, typed before the next prompt */
    public Repl(Terminal terminal, Session session, ReplSettings settings, TypeAhead typeAhead) {
        this.terminal = terminal;
        this.session = session;
        this.settings = settings;
        this.typeAhead = typeAhead;
    }

    /** Runs the prompt until the user leaves; returns the exit status ({@code /exit N}, else 0). */
    public int run() {
        CodeAssist assist = new CodeAssist(session);
        assist.warmUpInBackground();
        boolean color = ColorPolicy.colorAllowed(terminal, settings.env());
        Palette palette = new Palette(color);
        PrintWriter out = terminal.writer();
        OutcomePrinter printer = new OutcomePrinter(out, palette);
        Interpreter runner = new Interpreter(session, Interpreter.Place.PROMPT,
                new PromptFront(printer, out, palette, assist::awaitWarmUp), settings.workingDir());
        SnippetParser parser = new SnippetParser(text -> {
            assist.awaitWarmUp();
            return session.splitter().needsMoreInput(text);
        });
        PromptCompleter completer = new PromptCompleter(assist::complete, runner.commands(), assist::helperNames,
                new FileNames(settings.workingDir()));
        DocFormatter docs = new DocFormatter(palette);
        LineReader reader = PromptReader.build(terminal, settings.historyFile(), parser, completer,
                new JavaHighlighter(color), r -> new DocWidget(r, assist::documentation, docs));
        new PromptCommands(session, assist, out, palette, () -> typedLines(reader), assist::warmUpInBackground,
                settings.workingDir()).registerOn(runner);
        new TimingCommands(session, printer, out, palette, assist::awaitWarmUp).registerOn(runner);

        ProgressDisplay progress = new ProgressDisplay(new TerminalStatusLine(terminal, color));
        session.workbench().progress(progress::progress); // the session keeps it across /reset

        out.println(Banner.text(settings.version(), System.getProperty("java.version"), session.seed(), palette));
        out.flush();
        int entries = 0;
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> runner.interrupt());
        try {
            for (Path file : settings.runFirst()) {
                RunResult result;
                try {
                    result = runner.runFile(file, file.toString());
                } catch (RuntimeException e) {
                    out.println(palette.error("wb: internal error in " + file + ": " + e));
                    result = RunResult.FAILED;
                }
                if (result.kind() == RunResult.Kind.FAILED || result.kind() == RunResult.Kind.STOPPED) {
                    out.println(palette.faint(file + " was run up to its first error; the prompt is ready"));
                    out.flush();
                }
                progress.clear();
                if (result.kind() == RunResult.Kind.EXIT) {
                    return result.status();
                }
            }
            while (true) {
                String text;
                try {
                    String typed = typeAhead.take();
                    if (!typed.isEmpty()) {
                        reader.runMacro(typed); // read before the terminal, as they were typed
                    }
                    text = reader.readLine(PromptReader.PROMPT);
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C at the prompt: the line is dropped, a fresh prompt follows
                } catch (EndOfFileException e) {
                    out.println();
                    return 0;
                }
                if (text.isBlank()) {
                    continue;
                }
                RunResult result;
                try {
                    result = runner.run(text, OutcomePrinter.TYPED_ORIGIN_PREFIX + ++entries, settings.workingDir(), null);
                } catch (RuntimeException e) {
                    // JShell failing in itself (not the snippet, whose failures are outcomes): say
                    // so and keep the prompt, as the session may well still work.
                    out.println(palette.error("wb: internal error: " + e));
                    out.flush();
                    result = RunResult.FAILED;
                }
                progress.clear();
                if (result.kind() == RunResult.Kind.EXIT) {
                    return result.status();
                }
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            session.workbench().progress(null);
            progress.close();
            out.flush();
        }
    }

    private static List<String> typedLines(LineReader reader) {
        List<String> lines = new ArrayList<>();
        for (History.Entry entry : reader.getHistory()) {
            lines.add(entry.line());
        }
        return lines;
    }
}
