package wb.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The helpers' documentation index: the javadoc of every public static method of the facade
 * classes, extracted at build time by {@link DocIndexGenerator} and shipped in the jar.
 *
 * <p>JShell itself shows javadoc only for classes whose source it finds (the JDK's, from
 * {@code src.zip}); the facades are compiled classes, so their documentation travels this way.
 *
 * <p>The file is UTF-8 text, one overload per line: owner, name, signature and text separated by
 * tabs, with backslash, tab and newline escaped as {@code \\}, {@code \t} and {@code \n}. Lines
 * starting with {@code #} are comments.
 */
public final class HelperDocs {
    /** Where the build puts the index on the class path. */
    public static final String RESOURCE = "wb/session/helper-docs.txt";

    /**
     * One documented overload.
     *
     * @param owner     the facade's simple name, e.g. {@code Fits}
     * @param name      the method's name, e.g. {@code ridge}
     * @param signature e.g. {@code Vec ridge(double lambda)}
     * @param text      the javadoc as plain text
     */
    public record Entry(String owner, String name, String signature, String text) {
        DocEntry toDocEntry() {
            return new DocEntry(signature, owner, text);
        }
    }

    private final Map<String, List<Entry>> byName = new LinkedHashMap<>();

    private HelperDocs(List<Entry> entries) {
        for (Entry entry : entries) {
            byName.computeIfAbsent(entry.name(), k -> new ArrayList<>()).add(entry);
        }
    }

    /** An index of the given entries. */
    public static HelperDocs of(List<Entry> entries) {
        return new HelperDocs(entries);
    }

    /** The index the build put on the class path; empty on a class path without one (classes compiled outside Maven). */
    public static HelperDocs load() {
        try (InputStream in = HelperDocs.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new HelperDocs(List.of());
            }
            return decode(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the helper documentation " + RESOURCE, e);
        }
    }

    /**
     * The overloads documented under a name: a method name ({@code ridge}) or a facade and a
     * method name ({@code Fits.ridge}). Empty when the name is not a helper.
     */
    public List<Entry> lookup(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return List.copyOf(byName.getOrDefault(name, List.of()));
        }
        String owner = name.substring(0, dot);
        String simpleOwner = owner.substring(owner.lastIndexOf('.') + 1);
        return byName.getOrDefault(name.substring(dot + 1), List.of()).stream()
                .filter(e -> e.owner().equals(simpleOwner))
                .toList();
    }

    /** Every documented helper name, sorted. */
    public List<String> names() {
        return List.copyOf(new TreeSet<>(byName.keySet()));
    }

    /** Every entry, in index order. */
    public List<Entry> entries() {
        return byName.values().stream().flatMap(List::stream).toList();
    }

    /** The index file's text for some entries. */
    public static String encode(List<Entry> entries) {
        StringBuilder out = new StringBuilder(
                "# wb helper documentation, generated at build time from the facades' javadoc\n");
        for (Entry e : entries) {
            out.append(escape(e.owner())).append('\t')
                    .append(escape(e.name())).append('\t')
                    .append(escape(e.signature())).append('\t')
                    .append(escape(e.text())).append('\n');
        }
        return out.toString();
    }

    /**
     * Reads an index file's text.
     *
     * @throws IllegalArgumentException naming the line when a line does not have four fields
     */
    public static HelperDocs decode(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 4) {
                throw new IllegalArgumentException(RESOURCE + ":" + (i + 1) + ": expected 4 tab-separated fields"
                        + " (owner, name, signature, text), found " + fields.length);
            }
            entries.add(new Entry(unescape(fields[0]), unescape(fields[1]), unescape(fields[2]), unescape(fields[3])));
        }
        return new HelperDocs(entries);
    }

    /** One field of the index: a backslash, tab or newline escaped as {@link #unescape} reads it; CRs dropped. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
