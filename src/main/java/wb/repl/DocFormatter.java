package wb.repl;

import java.util.ArrayList;
import java.util.List;
import wb.session.DocEntry;

/**
 * Lays out documentation for the terminal: each signature (with its class), then its text
 * indented under it. Overloads that share their text show it once, under the last of them.
 */
public final class DocFormatter {
    private static final String INDENT = "    ";

    private final Palette palette;

    DocFormatter(Palette palette) {
        this.palette = palette;
    }

    /** The layout without colours, as {@code /doc} prints it on a terminal without them (a kernel's inspect). */
    public static String plain(List<DocEntry> entries) {
        return new DocFormatter(new Palette(false)).format(entries);
    }

    String format(List<DocEntry> entries) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            DocEntry entry = entries.get(i);
            if (block.length() > 0) {
                block.append('\n');
            }
            block.append(palette.strong(entry.signature()));
            if (!entry.owner().isEmpty() && !entry.signature().contains(entry.owner() + ".")) {
                block.append(palette.faint("  (" + entry.owner() + ")"));
            }
            boolean sharedWithNext = i + 1 < entries.size() && entries.get(i + 1).text().equals(entry.text());
            if (!sharedWithNext) {
                if (!entry.text().isEmpty()) {
                    block.append('\n').append(indent(entry.text()));
                }
                blocks.add(block.toString());
                block.setLength(0);
            }
        }
        return String.join("\n\n", blocks);
    }

    private static String indent(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (!line.isEmpty()) {
                out.append(INDENT).append(line);
            }
        }
        return out.toString();
    }
}
