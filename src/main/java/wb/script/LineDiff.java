package wb.script;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two lists of lines, for showing how a run's output differs from its record. */
final class LineDiff {
    private static final int CONTEXT = 3;

    private LineDiff() {
    }

    /**
     * The differences as unified-diff hunks ({@code @@ -a,b +c,d @@}, lines prefixed with
     * space, {@code -} or {@code +}), or an empty string when the lists are equal.
     */
    static String unified(List<String> expected, List<String> actual, String expectedName, String actualName) {
        List<Edit> edits = edits(expected, actual);
        if (edits.stream().allMatch(e -> e.op == ' ')) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(expectedName).append('\n').append("+++ ").append(actualName).append('\n');
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).op == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // Extend the hunk while changes are closer than two contexts apart.
            int lastChange = i;
            while (end < edits.size() && end - lastChange <= 2 * CONTEXT) {
                if (edits.get(end).op != ' ') {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(edits.size(), lastChange + CONTEXT + 1);
            appendHunk(out, edits.subList(start, end));
            i = end;
        }
        return out.toString();
    }

    private static void appendHunk(StringBuilder out, List<Edit> hunk) {
        Edit first = hunk.get(0);
        int oldCount = (int) hunk.stream().filter(e -> e.op != '+').count();
        int newCount = (int) hunk.stream().filter(e -> e.op != '-').count();
        out.append("@@ -").append(first.oldLine + 1).append(',').append(oldCount)
                .append(" +").append(first.newLine + 1).append(',').append(newCount).append(" @@\n");
        for (Edit e : hunk) {
            out.append(e.op).append(e.text).append('\n');
        }
    }

    /** A line of the diff, with the 0-based line numbers it sits at in each list. */
    private static final class Edit {
        final char op;
        final String text;
        final int oldLine;
        final int newLine;

        Edit(char op, String text, int oldLine, int newLine) {
            this.op = op;
            this.text = text;
            this.oldLine = oldLine;
            this.newLine = newLine;
        }
    }

    /** The shortest edit script by longest common subsequence (transcripts are small). */
    private static List<Edit> edits(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(' ', a.get(i), i++, j++));
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                edits.add(new Edit('-', a.get(i), i++, j));
            } else {
                edits.add(new Edit('+', b.get(j), i, j++));
            }
        }
        return edits;
    }
}
