package wb.script;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recorded result of a script run, kept next to the script as {@code NAME.out}: a header
 * line with the seed, JDK and wb version, the run's standard output verbatim, its exit status,
 * and one line per figure it wrote.
 *
 * <pre>
 * # wb transcript: seed=0 jdk=17.0.15 wb=0.1.0
 * ...standard output...
 * # exit 0
 * # figure 01-ls.png 640x480 sha256=3f2a...
 * </pre>
 *
 * The trailer is read from the end of the file, so standard output may contain any line.
 */
public record Transcript(long seed, String jdk, String version, List<String> output, int exitStatus,
                         List<Figure> figures) {
    private static final String HEADER = "# wb transcript: ";
    private static final Pattern HEADER_FIELDS = Pattern.compile("seed=(\\d+) jdk=(\\S+) wb=(\\S+)");
    private static final Pattern EXIT = Pattern.compile("# exit (-?\\d+)");
    private static final Pattern FIGURE = Pattern.compile("# figure (\\S+) (\\d+)x(\\d+) sha256=([0-9a-f]{64})");

    public Transcript {
        output = List.copyOf(output);
        figures = List.copyOf(figures);
    }

    /**
     * One figure file of a run.
     *
     * @param name   its file name in the output folder, e.g. {@code 01-ls.png}
     * @param width  width in pixels (0 for a file that is not an image)
     * @param height height in pixels
     * @param sha256 the file's SHA-256, in hex
     */
    public record Figure(String name, int width, int height, String sha256) {
    }

    /** The transcript as the text of a {@code .out} file. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(HEADER).append("seed=").append(seed).append(" jdk=").append(jdk)
                .append(" wb=").append(version).append('\n');
        for (String line : output) {
            out.append(line).append('\n');
        }
        out.append("# exit ").append(exitStatus).append('\n');
        for (Figure f : figures) {
            out.append("# figure ").append(f.name()).append(' ').append(f.width()).append('x')
                    .append(f.height()).append(" sha256=").append(f.sha256()).append('\n');
        }
        return out.toString();
    }

    /**
     * Reads a {@code .out} file's text.
     *
     * @param origin the file's name, for messages
     * @throws IllegalArgumentException naming the line when the text is not a transcript
     */
    public static Transcript parse(String text, String origin) {
        List<String> lines = lines(text);
        if (lines.isEmpty() || !lines.get(0).startsWith(HEADER)) {
            throw new IllegalArgumentException(origin + ":1: not a wb transcript: the first line must start with '"
                    + HEADER.strip() + "' (record one with wb test --record)");
        }
        Matcher header = HEADER_FIELDS.matcher(lines.get(0).substring(HEADER.length()));
        if (!header.find()) {
            throw new IllegalArgumentException(origin + ":1: the header must read 'seed=N jdk=VERSION wb=VERSION'");
        }
        int end = lines.size();
        List<Figure> figures = new ArrayList<>();
        while (end > 1 && lines.get(end - 1).startsWith("# figure ")) {
            Matcher m = FIGURE.matcher(lines.get(end - 1));
            if (!m.matches()) {
                throw new IllegalArgumentException(origin + ":" + end
                        + ": a figure line must read '# figure NAME WIDTHxHEIGHT sha256=HEX'");
            }
            figures.add(0, new Figure(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4)));
            end--;
        }
        Matcher exit = end > 1 ? EXIT.matcher(lines.get(end - 1)) : null;
        if (exit == null || !exit.matches()) {
            throw new IllegalArgumentException(origin + ":" + end + ": expected '# exit STATUS' before the figure lines");
        }
        return new Transcript(Long.parseLong(header.group(1)), header.group(2), header.group(3),
                lines.subList(1, end - 1), Integer.parseInt(exit.group(1)), figures);
    }

    /** Splits text into lines without their terminators; a final newline ends the last line. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
