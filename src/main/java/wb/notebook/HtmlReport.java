package wb.notebook;

import java.util.List;
import java.util.Map;

/**
 * Writes cells as one self-contained HTML page: prose, code, printed text, values and errors as
 * text, figures as images embedded in {@code data:} URLs. It loads nothing from anywhere, so it
 * can be mailed or opened offline, and it is the same bytes for the same cells.
 *
 * <p>Of Markdown only what {@link ScriptCells} writes is rendered: {@code ## } headings,
 * paragraphs, and {@code `code`}; everything else is shown as the text it is.
 */
public final class HtmlReport {

    private static final String STYLE = String.join("\n",
            "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}",
            "h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em}",
            ".cell{margin:0.8em 0}",
            ".in,.out{display:flex;gap:0.6em}",
            ".prompt{flex:0 0 4.5em;text-align:right;font-family:monospace;color:#303f9f;padding-top:0.4em}",
            ".out .prompt{color:#d84315}",
            "pre{margin:0;padding:0.4em 0.6em;white-space:pre-wrap;font-size:0.9em;flex:1}",
            ".in pre{background:#f5f5f5;border:1px solid #e0e0e0;border-radius:2px}",
            ".stderr{background:#fff0f0}",
            ".error{background:#ffdddd;color:#a00}",
            "img{max-width:100%;display:block}",
            "");

    private HtmlReport() {
    }

    /** The page for {@code cells}, titled {@code title}. */
    public static String write(String title, List<Cell> cells) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n");
        for (Cell cell : cells) {
            if (cell instanceof Cell.Markdown markdown) {
                html.append("<div class=\"cell markdown\">\n").append(markdown(markdown.source())).append("</div>\n");
            } else if (cell instanceof Cell.Code code) {
                code(code, html);
            }
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void code(Cell.Code code, StringBuilder html) {
        String count = code.executionCount() == null ? " " : code.executionCount().toString();
        html.append("<div class=\"cell code\">\n<div class=\"in\"><div class=\"prompt\">In [").append(count)
                .append("]:</div><pre>").append(escape(code.source())).append("</pre></div>\n");
        for (Output output : code.outputs()) {
            String prompt = output instanceof Output.ExecuteResult ? "Out[" + count + "]:" : "";
            html.append("<div class=\"out\"><div class=\"prompt\">").append(prompt).append("</div>");
            if (output instanceof Output.Stream stream) {
                html.append("<pre class=\"").append(stream.name()).append("\">").append(escape(stream.text()))
                        .append("</pre>");
            } else if (output instanceof Output.DisplayData display) {
                data(display.data(), html);
            } else if (output instanceof Output.ExecuteResult result) {
                data(result.data(), html);
            } else if (output instanceof Output.Error error) {
                html.append("<pre class=\"error\">").append(escape(String.join("\n", error.traceback())))
                        .append("</pre>");
            }
            html.append("</div>\n");
        }
        html.append("</div>\n");
    }

    /** The richest representation a browser shows: an image, else the text. */
    private static void data(Map<String, String> data, StringBuilder html) {
        String text = data.getOrDefault("text/plain", "");
        for (String mime : List.of("image/png", "image/gif")) {
            if (data.containsKey(mime)) {
                html.append("<img alt=\"").append(escape(text)).append("\" src=\"data:").append(mime)
                        .append(";base64,").append(data.get(mime)).append("\">");
                return;
            }
        }
        html.append("<pre>").append(escape(text)).append("</pre>");
    }

    private static String markdown(String source) {
        StringBuilder out = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        for (String line : (source + "\n").split("\n", -1)) {
            if (line.isBlank() || line.startsWith("## ")) {
                if (paragraph.length() > 0) {
                    out.append("<p>").append(inline(paragraph.toString())).append("</p>\n");
                    paragraph.setLength(0);
                }
                if (line.startsWith("## ")) {
                    out.append("<h2>").append(inline(line.substring(3))).append("</h2>\n");
                }
            } else {
                paragraph.append(paragraph.length() == 0 ? "" : "\n").append(line);
            }
        }
        return out.toString();
    }

    /** Escapes text and renders {@code `code`} spans. */
    private static String inline(String text) {
        StringBuilder out = new StringBuilder();
        String[] parts = text.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean code = i % 2 == 1 && i < parts.length - 1;
            out.append(code ? "<code>" + escape(parts[i]) + "</code>" : (i % 2 == 1 ? "`" : "") + escape(parts[i]));
        }
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
