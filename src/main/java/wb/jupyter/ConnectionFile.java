package wb.jupyter;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import wb.io.AtomicFiles;

/**
 * What a Jupyter connection file says: where each of the kernel's five sockets binds, and the key
 * that signs messages.
 */
record ConnectionFile(String transport, String ip, int shellPort, int controlPort, int iopubPort,
                      int stdinPort, int hbPort, String signatureScheme, String key) {

    /**
     * Reads a connection file.
     *
     * @throws IllegalArgumentException naming the file and what is missing or wrong
     */
    static ConnectionFile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the connection file " + file + ": " + AtomicFiles.reason(e), e);
        }
        JsonObject json;
        try {
            json = JsonParser.parseString(text).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new IllegalArgumentException(file + ": not a JSON object: " + e.getMessage(), e);
        }
        String transport = string(json, "transport", file, "tcp");
        if (!transport.equals("tcp") && !transport.equals("ipc")) {
            throw new IllegalArgumentException(file + ": transport \"" + transport + "\" is not supported; expected tcp or ipc");
        }
        return new ConnectionFile(transport, string(json, "ip", file, "127.0.0.1"),
                port(json, "shell_port", file), port(json, "control_port", file), port(json, "iopub_port", file),
                port(json, "stdin_port", file), port(json, "hb_port", file),
                string(json, "signature_scheme", file, "hmac-sha256"), string(json, "key", file, ""));
    }

    /** The address a socket on {@code port} binds to: only the connection file's. */
    String address(int port) {
        return transport.equals("ipc") ? "ipc://" + ip + "-" + port : "tcp://" + ip + ":" + port;
    }

    private static String string(JsonObject json, String name, Path file, String absent) {
        JsonElement value = json.get(name);
        if (value == null || value.isJsonNull()) {
            return absent;
        }
        if (!value.isJsonPrimitive()) {
            throw new IllegalArgumentException(file + ": \"" + name + "\" must be a string");
        }
        return value.getAsString();
    }

    private static int port(JsonObject json, String name, Path file) {
        JsonElement value = json.get(name);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException(file + ": \"" + name + "\" must be a port number");
        }
        int port = value.getAsInt();
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(file + ": \"" + name + "\" is " + port + ", not a port in [1, 65535]");
        }
        return port;
    }
}
