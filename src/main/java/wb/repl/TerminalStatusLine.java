package wb.repl;

import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Status;

/**
 * JLine's status line: the terminal's last row, kept out of the scrolling region. On a terminal
 * that cannot do that (a dumb one), showing does nothing.
 */
final class TerminalStatusLine implements StatusLine {
    private final Terminal terminal;
    private final boolean color;
    private Status status;

    TerminalStatusLine(Terminal terminal, boolean color) {
        this.terminal = terminal;
        this.color = color;
    }

    @Override
    public synchronized void show(String text) {
        if (status == null) {
            status = Status.getStatus(terminal, true);
            if (status == null) {
                return;
            }
        }
        AttributedStyle style = color ? AttributedStyle.DEFAULT.inverse() : AttributedStyle.DEFAULT;
        status.update(List.of(new AttributedString(text, style)));
    }

    @Override
    public synchronized void hide() {
        if (status != null) {
            status.update(List.of());
            terminal.flush();
        }
    }

    @Override
    public int width() {
        return terminal.getWidth();
    }
}
