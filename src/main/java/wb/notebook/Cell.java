package wb.notebook;

import java.util.List;

/** One cell of a notebook. */
public sealed interface Cell permits Cell.Markdown, Cell.Code {

    /** The cell's text. */
    String source();

    /** Prose: a script's comment block. */
    record Markdown(String source) implements Cell {
    }

    /**
     * Code and what running it showed.
     *
     * @param executionCount the number it ran as, or null if it did not run
     */
    record Code(String source, Integer executionCount, List<Output> outputs) implements Cell {
    }
}
