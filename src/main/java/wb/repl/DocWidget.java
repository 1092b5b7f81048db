package wb.repl;

import java.util.List;
import java.util.function.BiFunction;
import org.jline.reader.Buffer;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;
import wb.session.DocEntry;

/**
 * The key that shows documentation while typing: after {@code ridge(} (or anywhere in its
 * arguments) it prints the signatures, formula and example of {@code ridge} above the prompt and
 * leaves the line as it was. jshell binds this to Shift-Tab; JLine has no such widget, so this is
 * one, bound by {@link PromptReader}.
 */
final class DocWidget implements Widget {
    /** The name the widget is registered under. */
    static final String NAME = "wb-show-documentation";

    private final LineReader reader;
    private final BiFunction<String, Integer, List<DocEntry>> documentation;
    private final DocFormatter formatter;

    /**
     * @param documentation the documentation for a text and a cursor in it
     */
    DocWidget(LineReader reader, BiFunction<String, Integer, List<DocEntry>> documentation,
              DocFormatter formatter) {
        this.reader = reader;
        this.documentation = documentation;
        this.formatter = formatter;
    }

    @Override
    public boolean apply() {
        Buffer buffer = reader.getBuffer();
        List<DocEntry> docs = documentation.apply(buffer.toString(), buffer.cursor());
        if (docs.isEmpty()) {
            reader.printAbove("no documentation here: put the cursor after a method's name and its"
                    + " opening parenthesis, as in  ridge(  or  Math.sqrt(");
        } else {
            reader.printAbove(formatter.format(docs));
        }
        return true;
    }
}
