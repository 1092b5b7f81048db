package wb.repl;

import java.util.function.Predicate;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;

/**
 * Decides when Enter ends the input: a complete snippet (or several, pasted) is accepted, an
 * unfinished one continues on the continuation prompt.
 *
 * <p>JLine asks the parser at every Enter; throwing {@link EOFError} makes it insert a newline and
 * keep reading. Whether Java input is finished is JShell's grammar's call (through the session's
 * snippet splitter, passed in as {@code needsMoreInput}). A {@code /command} is always one line.
 */
final class SnippetParser implements Parser {
    private final Predicate<String> needsMoreInput;

    /**
     * @param needsMoreInput whether a text ends inside an unfinished snippet
     */
    SnippetParser(Predicate<String> needsMoreInput) {
        this.needsMoreInput = needsMoreInput;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) throws SyntaxError {
        SnippetLine parsed = SnippetLine.of(line, cursor);
        if (context == ParseContext.ACCEPT_LINE && parsed.place() == SnippetLine.Place.JAVA
                && !line.isBlank() && needsMoreInput.test(line)) {
            throw new EOFError(-1, -1, "the snippet is not finished", "snippet");
        }
        return parsed;
    }

    @Override
    public boolean isEscapeChar(char ch) {
        return false; // a backslash is Java's, never the line editor's
    }
}
