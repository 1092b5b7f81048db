package wb.repl;

import java.util.List;
import org.jline.reader.CompletingParsedLine;

/**
 * The prompt's text as the completer sees it: the whole buffer, the cursor, and the word before
 * the cursor that a completion replaces.
 *
 * <p>What a word is depends on where the cursor is: in a {@code /command}'s name, the command so
 * far; in its argument, the whole argument so far (a file name may hold any character); in Java,
 * the identifier being typed, which is exactly what JShell's completions replace.
 */
final class SnippetLine implements CompletingParsedLine {
    /** Where the cursor is, which decides what completes there. */
    enum Place { JAVA, COMMAND_NAME, COMMAND_ARGUMENT }

    private final String line;
    private final int cursor;
    private final int wordStart;
    private final Place place;
    private final String command;

    private SnippetLine(String line, int cursor, int wordStart, Place place, String command) {
        this.line = line;
        this.cursor = cursor;
        this.wordStart = wordStart;
        this.place = place;
        this.command = command;
    }

    /** The line with the cursor where it is. */
    static SnippetLine of(String line, int cursor) {
        int at = Math.max(0, Math.min(cursor, line.length()));
        int lead = 0;
        while (lead < line.length() && (line.charAt(lead) == ' ' || line.charAt(lead) == '\t')) {
            lead++;
        }
        boolean commandLine = lead < line.length() && line.charAt(lead) == '/'
                && (lead + 1 >= line.length() || Character.isLetter(line.charAt(lead + 1)))
                && line.indexOf('\n') < 0 && at >= lead;
        if (commandLine) {
            int nameEnd = lead;
            while (nameEnd < line.length() && !Character.isWhitespace(line.charAt(nameEnd))) {
                nameEnd++;
            }
            String name = line.substring(lead, nameEnd);
            if (at <= nameEnd) {
                return new SnippetLine(line, at, lead, Place.COMMAND_NAME, name);
            }
            int argStart = nameEnd;
            while (argStart < at && Character.isWhitespace(line.charAt(argStart))) {
                argStart++;
            }
            return new SnippetLine(line, at, argStart, Place.COMMAND_ARGUMENT, name);
        }
        int start = at;
        while (start > 0 && Character.isJavaIdentifierPart(line.charAt(start - 1))) {
            start--;
        }
        return new SnippetLine(line, at, start, Place.JAVA, "");
    }

    Place place() {
        return place;
    }

    /** The command's name with its slash, when the line is a command. */
    String command() {
        return command;
    }

    /** Where the word before the cursor starts. */
    int wordStart() {
        return wordStart;
    }

    @Override
    public String word() {
        return line.substring(wordStart, cursor);
    }

    @Override
    public int wordCursor() {
        return cursor - wordStart;
    }

    @Override
    public int wordIndex() {
        return 0;
    }

    @Override
    public List<String> words() {
        return List.of(word());
    }

    @Override
    public String line() {
        return line;
    }

    @Override
    public int cursor() {
        return cursor;
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
        return candidate; // Java and file names go in as they are: nothing is quoted at this prompt
    }

    @Override
    public int rawWordCursor() {
        return wordCursor();
    }

    @Override
    public int rawWordLength() {
        return word().length();
    }
}
