package wb.session;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the status back out of an {@link ExitRequest}'s message, which is all JShell passes on. */
final class ExitRequests {
    private static final Pattern STATUS = Pattern.compile("\\((-?\\d+)\\)$");

    private ExitRequests() {
    }

    static int status(String message) {
        Matcher m = message == null ? null : STATUS.matcher(message);
        if (m == null || !m.find()) {
            throw new IllegalStateException("not an exit request message: " + message);
        }
        return Integer.parseInt(m.group(1));
    }
}
