package wb.jupyter;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import wb.repl.DocFormatter;
import wb.session.CodeAssist;
import wb.session.Completions;
import wb.session.DocEntry;
import wb.session.Session;

/**
 * The kernel's answers while a user types: completion (the prompt's Tab), inspection (the
 * prompt's {@code /doc} text, with its formulas) and whether a cell is complete.
 *
 * <p>Jupyter counts cursor positions in Unicode code points; Java strings count UTF-16 units, so
 * positions are converted both ways.
 */
final class Assistance {
    private Assistance() {
    }

    /** A {@code complete_reply}'s content for a {@code complete_request}'s. */
    static JsonObject complete(CodeAssist assist, JsonObject request) {
        String code = string(request, "code");
        int cursor = charIndex(code, request.has("cursor_pos") ? request.get("cursor_pos").getAsInt() : code.length());
        Completions completions = assist.complete(code, cursor);
        JsonObject reply = KernelServer.ok();
        JsonArray matches = new JsonArray();
        completions.candidates().forEach(matches::add);
        reply.add("matches", matches);
        reply.addProperty("cursor_start", code.codePointCount(0, completions.anchor()));
        reply.addProperty("cursor_end", code.codePointCount(0, cursor));
        reply.add("metadata", new JsonObject());
        return reply;
    }

    /** An {@code inspect_reply}'s content: the documentation of what the cursor is on or in. */
    static JsonObject inspect(CodeAssist assist, JsonObject request) {
        String code = string(request, "code");
        int cursor = charIndex(code, request.has("cursor_pos") ? request.get("cursor_pos").getAsInt() : code.length());
        List<DocEntry> docs = assist.documentation(code, cursor);
        JsonObject reply = KernelServer.ok();
        reply.addProperty("found", !docs.isEmpty());
        JsonObject data = new JsonObject();
        if (!docs.isEmpty()) {
            data.addProperty("text/plain", DocFormatter.plain(docs));
        }
        reply.add("data", data);
        reply.add("metadata", new JsonObject());
        return reply;
    }

    /** An {@code is_complete_reply}'s content: {@code incomplete} while a snippet is unfinished. */
    static JsonObject isComplete(Session session, JsonObject request) {
        String code = string(request, "code");
        JsonObject reply = new JsonObject();
        if (session.splitter().needsMoreInput(code)) {
            reply.addProperty("status", "incomplete");
            reply.addProperty("indent", "");
        } else {
            reply.addProperty("status", "complete");
        }
        return reply;
    }

    private static String string(JsonObject request, String name) {
        return request.has(name) && !request.get(name).isJsonNull() ? request.get(name).getAsString() : "";
    }

    /** The UTF-16 index of a code point position, clamped to the text. */
    static int charIndex(String text, int codePoints) {
        int clamped = Math.max(0, Math.min(codePoints, text.codePointCount(0, text.length())));
        return text.offsetByCodePoints(0, clamped);
    }
}
