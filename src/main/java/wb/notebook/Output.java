package wb.notebook;

import java.util.List;
import java.util.Map;

/**
 * One output of a notebook cell, as nbformat 4 and the Jupyter messaging protocol both know it:
 * text on a stream, rich data (a value or a figure), or an error.
 */
public sealed interface Output permits Output.Stream, Output.DisplayData, Output.ExecuteResult, Output.Error {

    /**
     * Text a cell printed.
     *
     * @param name {@code stdout} or {@code stderr}
     */
    record Stream(String name, String text) implements Output {
    }

    /**
     * Something shown in the middle of a cell: a figure, or a value that is not the cell's last.
     *
     * @param data the representations by MIME type ({@code text/plain}, {@code image/png} in
     *             base64, ...), in the order a reader should prefer them last to first
     */
    record DisplayData(Map<String, String> data) implements Output {
    }

    /**
     * The value of a cell's last snippet.
     *
     * @param executionCount the cell's execution count
     * @param data           as for {@link DisplayData}
     */
    record ExecuteResult(int executionCount, Map<String, String> data) implements Output {
    }

    /**
     * A failure that ended the cell.
     *
     * @param ename     the error's kind: the exception's simple class name, {@code CompileError},
     *                  {@code Interrupted} or {@code SystemExit}
     * @param evalue    its one-line message
     * @param traceback the lines a reader sees, in the cell's own line numbers
     */
    record Error(String ename, String evalue, List<String> traceback) implements Output {
    }
}
