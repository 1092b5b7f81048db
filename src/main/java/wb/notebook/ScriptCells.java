package wb.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wb.session.Input;
import wb.session.SnippetSplitter;

/**
 * A script cut into notebook cells, the way its author laid it out: a blank line between two
 * snippets starts a new cell, and a block of {@code //} comment lines that stands alone (a blank
 * line after it or the start of a cell's code right below it) becomes a Markdown cell.
 *
 * <p>In Markdown, {@code // text} becomes {@code text}, and a heading comment of the form
 * {@code // ---- Title ----} (any number of dashes) becomes {@code ## Title}. A {@code #!} first
 * line is left out. Snippets are never split: a cell holds whole snippets, so a blank line inside
 * a method or a chain does not cut it.
 */
public final class ScriptCells {

    /**
     * A planned cell.
     *
     * @param source    its text: Markdown, or the script's lines of code as written
     * @param markdown  whether it is prose
     * @param firstLine the script line its code starts on (1-based; 0 for Markdown)
     * @param lastLine  the script line of its last snippet's first line, whose value is the result
     * @param endLine   the script line its code ends on
     */
    public record Plan(String source, boolean markdown, int firstLine, int lastLine, int endLine) {
    }

    private static final Pattern HEADING = Pattern.compile("^-{3,}\\s*(.*?)\\s*-*$");

    private ScriptCells() {
    }

    /** Cuts {@code text} into cells, finding its snippets with {@code splitter}. */
    public static List<Plan> plan(String text, SnippetSplitter splitter) {
        String[] lines = text.split("\n", -1);
        List<Input> inputs = splitter.split(text, "<script>");
        List<Plan> cells = new ArrayList<>();
        int next = 1; // the first script line not yet in a cell
        int i = 0;
        while (i < inputs.size()) {
            int start = inputs.get(i).line();
            prose(lines, next, start - 1, cells);
            int j = i;
            int end = endLine(inputs.get(j), lines);
            while (j + 1 < inputs.size() && !hasBlankLine(lines, end + 1, inputs.get(j + 1).line() - 1)) {
                j++;
                end = endLine(inputs.get(j), lines);
            }
            int lastCode = inputs.get(j).line();
            for (int k = j; k >= i; k--) {
                if (inputs.get(k) instanceof Input.Code) {
                    lastCode = inputs.get(k).line();
                    break;
                }
            }
            int firstLine = start;
            // Comment lines directly above the code (no blank line between) that are not prose
            // belong to it only when prose() did not take them; prose() takes every standalone block.
            cells.add(new Plan(join(lines, firstLine, end), false, firstLine, lastCode, end));
            next = end + 1;
            i = j + 1;
        }
        prose(lines, next, lines.length, cells);
        return cells;
    }

    /** The last line of an input: its first line plus the lines of its code. */
    private static int endLine(Input input, String[] lines) {
        if (input instanceof Input.Code code) {
            return code.source().line() + (int) code.source().code().chars().filter(c -> c == '\n').count();
        }
        return input.line();
    }

    /** Adds Markdown cells for the comment blocks in lines [from, to] (1-based, inclusive). */
    private static void prose(String[] lines, int from, int to, List<Plan> cells) {
        StringBuilder block = new StringBuilder();
        for (int n = from; n <= Math.min(to, lines.length); n++) {
            String line = lines[n - 1].strip();
            if (n == 1 && line.startsWith("#!")) {
                continue;
            }
            if (line.isEmpty()) {
                addProse(block, cells);
                continue;
            }
            String text = line.startsWith("//") ? line.substring(2) : line;
            if (text.startsWith(" ")) {
                text = text.substring(1);
            }
            Matcher heading = HEADING.matcher(text);
            if (heading.matches() && !heading.group(1).isEmpty()) {
                addProse(block, cells);
                block.append("## ").append(heading.group(1));
                addProse(block, cells);
                continue;
            }
            block.append(block.length() == 0 ? "" : "\n").append(text);
        }
        addProse(block, cells);
    }

    private static void addProse(StringBuilder block, List<Plan> cells) {
        if (block.length() > 0) {
            cells.add(new Plan(block.toString(), true, 0, 0, 0));
            block.setLength(0);
        }
    }

    private static boolean hasBlankLine(String[] lines, int from, int to) {
        for (int n = from; n <= to; n++) {
            if (lines[n - 1].isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String join(String[] lines, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int n = from; n <= to; n++) {
            out.append(n == from ? "" : "\n").append(lines[n - 1]);
        }
        return out.toString();
    }
}
