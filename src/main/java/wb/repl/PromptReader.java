package wb.repl;

import java.nio.file.Path;
import java.util.function.Function;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.Completer;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.Reference;
import org.jline.reader.Widget;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;

/**
 * Builds the line reader behind the prompt: JLine set up for Java.
 *
 * <ul>
 *   <li>Event expansion is off, so {@code !=} and {@code !flag} are Java, not history references,
 *       and a backslash stays in the line.</li>
 *   <li>History lives in a file ({@link HistoryLocation}), written after every line and shared
 *       safely between workbenches ({@link SharedHistory}); Ctrl-R searches it.</li>
 *   <li>The continuation prompt {@code ..>} is as wide as {@code wb>}, so code lines up.</li>
 *   <li>Tab completes (on a dumb terminal too, where JLine would otherwise insert a tab); on an
 *       empty line it indents. Shift-Tab and Alt-H show documentation ({@link DocWidget}).</li>
 *   <li>Ctrl-C drops the line being typed, on a dumb terminal too (JLine reads it as a key in
 *       raw mode, and its dumb key map would insert it).</li>
 * </ul>
 */
final class PromptReader {
    /** The prompt. */
    static final String PROMPT = "wb> ";
    /** The prompt of a snippet's further lines. */
    static final String CONTINUATION_PROMPT = "..> ";

    private PromptReader() {
    }

    /**
     * @param docWidget makes the documentation widget for the reader being built
     */
    static LineReader build(Terminal terminal, Path historyFile, Parser parser, Completer completer,
                            Highlighter highlighter, Function<LineReader, Widget> docWidget) {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("wb")
                .parser(parser)
                .completer(completer)
                .highlighter(highlighter)
                .history(new SharedHistory())
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.HISTORY_FILE_SIZE, SharedHistory.FILE_SIZE)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, true)
                .build();
        reader.getWidgets().put(DocWidget.NAME, docWidget.apply(reader));
        Reference showDocs = new Reference(DocWidget.NAME);
        String shiftTab = KeyMap.key(terminal, InfoCmp.Capability.key_btab);
        for (String map : new String[] {LineReader.EMACS, LineReader.VIINS}) {
            KeyMap<Binding> keys = reader.getKeyMaps().get(map);
            keys.bind(showDocs, "\033[Z");
            if (shiftTab != null && !shiftTab.isEmpty()) {
                keys.bind(showDocs, shiftTab);
            }
            keys.bind(showDocs, KeyMap.alt('h'));
        }
        KeyMap<Binding> dumb = reader.getKeyMaps().get(LineReader.DUMB);
        dumb.bind(new Reference(LineReader.COMPLETE_WORD), "\t");
        dumb.bind(new Reference(LineReader.INTERRUPT), KeyMap.ctrl('C'));
        return reader;
    }
}
