package wb.repl;

import java.io.IOException;
import java.util.Map;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

/**
 * JLine's line reader, drawing the line once the keys already typed have been read rather than
 * after every key.
 *
 * <p>JLine redraws the whole line after each key, and a redraw costs the length of the line
 * (it measures and lays out every character again), so text pasted without bracketed paste (over
 * ssh, through {@code script}, a terminal that never asked for it) costs the square of its length:
 * a 5,000-character line was 12.5 million character measurements, seconds of a loaded machine
 * before the line even ran. A redraw that more keys would undo at once is skipped; the last key
 * of a paste, as every key typed by hand, is drawn as before.
 */
final class TypeAheadLineReader extends LineReaderImpl {
    /**
     * How long to wait for a next key before drawing: far below what a typist notices, long
     * enough that a paste still arriving in pieces counts as waiting.
     */
    private static final long NEXT_KEY_MILLIS = 10;

    TypeAheadLineReader(Terminal terminal, String appName, Map<String, Object> variables) {
        super(terminal, appName, variables);
    }

    @Override
    public boolean redisplay() {
        if (!moreKeysWaiting()) {
            super.redisplay();
        }
        return true; // as JLine's: a widget that redisplays has done its job either way
    }

    private boolean moreKeysWaiting() {
        try {
            return getTerminal().reader().peek(NEXT_KEY_MILLIS) >= 0;
        } catch (IOException e) {
            return false; // nothing to read: draw
        }
    }
}
