package wb.session;

import com.sun.source.doctree.DeprecatedTree;
import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EndElementTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.IndexTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.doctree.ReturnTree;
import com.sun.source.doctree.StartElementTree;
import com.sun.source.doctree.SummaryTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.doctree.ThrowsTree;
import com.sun.source.doctree.ValueTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Renders a javadoc comment as plain text for a terminal.
 *
 * <p>The author's line breaks are kept (a helper's formula is often on a line of its own);
 * {@code <p>} starts a paragraph, list items become {@code - } lines, {@code <pre>} blocks keep
 * their layout, inline tags become their text ({@code {@code x}} is {@code x}, a link its label or
 * target), entities their characters. Parameters, the return value and exceptions follow the
 * body under headings, as javadoc's HTML shows them.
 */
public final class JavadocText {
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("amp", "&"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ge", "≥"), Map.entry("le", "≤"),
            Map.entry("ne", "≠"), Map.entry("times", "×"), Map.entry("minus", "−"), Map.entry("middot", "·"),
            Map.entry("hellip", "…"), Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("deg", "°"),
            Map.entry("lambda", "λ"), Map.entry("sum", "∑"), Map.entry("radic", "√"), Map.entry("infin", "∞"),
            Map.entry("sup2", "²"), Map.entry("frac12", "½"), Map.entry("asymp", "≈"), Map.entry("plusmn", "±"));

    private final StringBuilder out = new StringBuilder();
    private int preDepth;
    private int preStart;

    private JavadocText() {
    }

    /** The plain text of a parsed doc comment. */
    public static String render(DocCommentTree comment) {
        JavadocText text = new JavadocText();
        text.inline(comment.getFullBody());
        List<String> params = new ArrayList<>();
        List<String> throwsLines = new ArrayList<>();
        String returns = null;
        String deprecated = null;
        for (DocTree tag : comment.getBlockTags()) {
            if (tag instanceof ParamTree) {
                ParamTree param = (ParamTree) tag;
                String name = param.isTypeParameter() ? "<" + param.getName() + ">" : param.getName().toString();
                params.add(name + "  " + fragment(param.getDescription()));
            } else if (tag instanceof ReturnTree) {
                returns = fragment(((ReturnTree) tag).getDescription());
            } else if (tag instanceof ThrowsTree) {
                ThrowsTree t = (ThrowsTree) tag;
                throwsLines.add(t.getExceptionName().getSignature() + "  " + fragment(t.getDescription()));
            } else if (tag instanceof DeprecatedTree) {
                deprecated = fragment(((DeprecatedTree) tag).getBody());
            }
        }
        StringBuilder all = new StringBuilder(tidy(text.out.toString()));
        if (deprecated != null) {
            section(all).append("Deprecated: ").append(deprecated);
        }
        if (!params.isEmpty()) {
            section(all).append("Parameters:");
            params.forEach(p -> all.append("\n  ").append(p));
        }
        if (returns != null) {
            section(all).append("Returns: ").append(returns);
        }
        if (!throwsLines.isEmpty()) {
            section(all).append("Throws:");
            throwsLines.forEach(t -> all.append("\n  ").append(t));
        }
        return all.toString();
    }

    /**
     * The plain text of a javadoc comment's raw text, as JShell returns it for JDK classes (the
     * comment without its {@code /**} and leading asterisks).
     */
    public static String render(String rawJavadoc) {
        StringBuilder source = new StringBuilder("/**\n");
        for (String line : rawJavadoc.replace("*/", "*&#47;").split("\n", -1)) {
            source.append(" *").append(line).append('\n');
        }
        source.append(" */\nclass Documented {}\n");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        SimpleJavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Documented.java"),
                SimpleJavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavacTask task = (JavacTask) compiler.getTask(null, null, d -> { }, List.of("-proc:none"), null, List.of(file));
        try {
            for (CompilationUnitTree unit : task.parse()) {
                ClassTree type = (ClassTree) unit.getTypeDecls().get(0);
                DocCommentTree comment = DocTrees.instance(task).getDocCommentTree(TreePath.getPath(unit, type));
                if (comment != null) {
                    return render(comment);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rawJavadoc.strip();
    }

    private static StringBuilder section(StringBuilder all) {
        if (all.length() > 0) {
            all.append("\n\n");
        }
        return all;
    }

    /** A tag's description on one line. */
    private static String fragment(List<? extends DocTree> trees) {
        JavadocText text = new JavadocText();
        text.inline(trees);
        return text.out.toString().strip().replaceAll("\\s*\n\\s*", " ");
    }

    private void inline(List<? extends DocTree> trees) {
        for (DocTree tree : trees) {
            inline(tree);
        }
    }

    private void inline(DocTree tree) {
        switch (tree.getKind()) {
            case TEXT:
                text(((TextTree) tree).getBody());
                break;
            case CODE:
            case LITERAL:
                out.append(((LiteralTree) tree).getBody().getBody());
                break;
            case ENTITY:
                out.append(entity(((EntityTree) tree).getName().toString()));
                break;
            case LINK:
            case LINK_PLAIN:
                LinkTree link = (LinkTree) tree;
                if (link.getLabel().isEmpty()) {
                    out.append(reference(link.getReference().getSignature()));
                } else {
                    inline(link.getLabel());
                }
                break;
            case VALUE:
                ValueTree value = (ValueTree) tree;
                if (value.getReference() != null) {
                    out.append(reference(value.getReference().getSignature()));
                }
                break;
            case SUMMARY:
                inline(((SummaryTree) tree).getSummary());
                break;
            case INDEX:
                inline(((IndexTree) tree).getSearchTerm());
                break;
            case RETURN:
                out.append("Returns ");
                inline(((ReturnTree) tree).getDescription());
                break;
            case START_ELEMENT:
                startElement(((StartElementTree) tree).getName().toString().toLowerCase(Locale.ROOT));
                break;
            case END_ELEMENT:
                endElement(((EndElementTree) tree).getName().toString().toLowerCase(Locale.ROOT));
                break;
            default:
                // {@inheritDoc}, {@docRoot}, comments and unknown tags have no text of their own.
                break;
        }
    }

    private void text(String body) {
        out.append(preDepth > 0 ? body : body.replaceAll("\n[ \t]+", "\n"));
    }

    private void startElement(String name) {
        switch (name) {
            case "p":
                paragraph();
                break;
            case "br":
                out.append('\n');
                break;
            case "pre":
                paragraph();
                if (preDepth++ == 0) {
                    preStart = out.length();
                }
                break;
            case "li":
                newLine();
                out.append("- ");
                break;
            case "ul":
            case "ol":
            case "dl":
            case "table":
            case "tr":
                newLine();
                break;
            case "dt":
            case "dd":
                newLine();
                out.append(name.equals("dd") ? "  " : "");
                break;
            case "sup":
                out.append('^');
                break;
            case "sub":
                out.append('_');
                break;
            case "td":
            case "th":
                out.append(' ');
                break;
            default:
                break;
        }
    }

    private void endElement(String name) {
        switch (name) {
            case "pre":
                if (preDepth > 0 && --preDepth == 0) {
                    String block = out.substring(preStart);
                    out.setLength(preStart);
                    out.append(reindent(block));
                }
                paragraph();
                break;
            case "p":
            case "ul":
            case "ol":
            case "dl":
            case "table":
                paragraph();
                break;
            default:
                break;
        }
    }

    private void paragraph() {
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\n')) {
            end--;
        }
        out.setLength(end);
        if (end > 0) {
            out.append("\n\n");
        }
    }

    private void newLine() {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    /**
     * A preformatted block with its common indentation replaced by two spaces. How much of a
     * comment line's leading space javac keeps differs between JDKs (17 keeps the space after the
     * asterisk, 23 and later remove it), so only the block's own relative indentation counts.
     */
    private static String reindent(String block) {
        String[] lines = block.split("\n", -1);
        int common = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                int indent = 0;
                while (indent < line.length() && line.charAt(indent) == ' ') {
                    indent++;
                }
                common = Math.min(common, indent);
            }
        }
        StringBuilder result = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                result.append('\n');
            } else {
                result.append("  ").append(line.substring(common)).append('\n');
            }
        }
        return result.toString();
    }

    private static String entity(String name) {
        if (name.startsWith("#")) {
            try {
                int code = name.startsWith("#x") || name.startsWith("#X")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return new String(Character.toChars(code));
            } catch (IllegalArgumentException e) {
                return "&" + name + ";";
            }
        }
        return ENTITIES.getOrDefault(name, "&" + name + ";");
    }

    private static String reference(String signature) {
        return signature.startsWith("#") ? signature.substring(1) : signature.replace('#', '.');
    }

    /** Trailing spaces off every line, at most one blank line in a row, no blank edges. */
    private static String tidy(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder result = new StringBuilder();
        boolean blank = false;
        for (String line : lines) {
            String trimmed = line.stripTrailing();
            if (trimmed.isEmpty()) {
                blank = result.length() > 0;
                continue;
            }
            if (result.length() > 0) {
                result.append(blank ? "\n\n" : "\n");
            }
            result.append(trimmed);
            blank = false;
        }
        return result.toString();
    }
}
