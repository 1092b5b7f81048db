package wb.repl;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.Completer;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.reader.Parser;
import org.jline.reader.Reference;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;
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
 *   <li>A paste is drawn once it has been read, not after each of its characters
 *       ({@link TypeAheadLineReader}), where the terminal sends it as typed keys.</li>
 *   <li>A mouse report is read and dropped, asking the terminal nothing ({@link StrayMouseReport}).</li>
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
        Map<String, Object> variables = new HashMap<>();
        variables.put(LineReader.HISTORY_FILE, historyFile);
        variables.put(LineReader.HISTORY_FILE_SIZE, SharedHistory.FILE_SIZE);
        variables.put(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT);
        LineReaderImpl reader = new TypeAheadLineReader(terminal, "wb", variables);
        reader.setParser(parser);
        reader.setCompleter(completer);
        reader.setHighlighter(highlighter);
        reader.setHistory(new SharedHistory());
        reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        reader.option(LineReader.Option.INSERT_TAB, true);
        reader.getWidgets().put(DocWidget.NAME, docWidget.apply(reader));
        reader.getWidgets().put(LineReader.MOUSE, new StrayMouseReport(reader));
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
        // Alt-< and Alt-> go to the start and end of a snippet of many lines first, and only then
        // through the history, as in zsh: JLine's own go to the history's ends at once, so from
        // the middle of a snippet there was no key to its end.
        KeyMap<Binding> emacs = reader.getKeyMaps().get(LineReader.EMACS);
        emacs.bind(new Reference(LineReader.BEGINNING_OF_BUFFER_OR_HISTORY), KeyMap.alt('<'));
        emacs.bind(new Reference(LineReader.END_OF_BUFFER_OR_HISTORY), KeyMap.alt('>'));
        KeyMap<Binding> dumb = reader.getKeyMaps().get(LineReader.DUMB);
        dumb.bind(new Reference(LineReader.COMPLETE_WORD), "\t");
        dumb.bind(new Reference(LineReader.INTERRUPT), KeyMap.ctrl('C'));
        return reader;
    }
}
