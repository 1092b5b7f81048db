package wb.repl;

import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;

/**
 * The prompt's answer to a mouse report: it reads the report and drops it. wb never turns mouse
 * tracking on, so a report is stray input (typed, pasted, or sent by a terminal that another
 * program left tracking).
 *
 * <p>JLine's own widget answers a click by asking the terminal where the cursor is, and waits for
 * the answer without limit, taking every key meanwhile: on a terminal that does not answer
 * (script(1), a pipe) the prompt hung for good. This one asks the terminal nothing, and reads only
 * what belongs to a report: in SGR form ({@code ESC [ <} then digits and {@code ;} up to
 * {@code M} or {@code m}), or in X10 form ({@code ESC [ M} then three bytes of 32 or more). What
 * does not fit, or does not come within {@value #PATIENCE_MILLIS} ms (a report arrives in one
 * piece), is left to be read as typed keys.
 */
final class StrayMouseReport implements Widget {
    private static final long PATIENCE_MILLIS = 100;
    /** More than any report has: three numbers of at most five digits and their separators. */
    private static final int LONGEST_SGR = 20;

    private final LineReaderImpl reader;

    StrayMouseReport(LineReaderImpl reader) {
        this.reader = reader;
    }

    @Override
    public boolean apply() {
        String binding = reader.getLastBinding();
        if (binding != null && binding.endsWith("<")) {
            for (int i = 0; i < LONGEST_SGR; i++) {
                int c = reader.peekCharacter(PATIENCE_MILLIS);
                if (c == 'M' || c == 'm') {
                    reader.readCharacter();
                    break;
                }
                if (!(c >= '0' && c <= '9' || c == ';')) {
                    break;
                }
                reader.readCharacter();
            }
        } else {
            for (int i = 0; i < 3 && reader.peekCharacter(PATIENCE_MILLIS) >= ' '; i++) {
                reader.readCharacter();
            }
        }
        return true;
    }
}
