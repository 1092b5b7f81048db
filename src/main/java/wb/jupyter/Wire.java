package wb.jupyter;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.zeromq.ZMQ;

/**
 * The Jupyter wire protocol (messaging 5.3) over ZeroMQ multipart messages: routing identities,
 * the {@code <IDS|MSG>} delimiter, an HMAC signature, then header, parent header, metadata and
 * content as JSON. Every message sent is signed with the connection file's key, and a message
 * received whose signature does not match is dropped.
 */
final class Wire {
    /** The messaging protocol version the kernel speaks. */
    static final String PROTOCOL_VERSION = "5.3";

    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private static final Gson GSON = new Gson();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * One message.
     *
     * @param identities the routing identities it came with (a reply goes back through them)
     */
    record Message(List<byte[]> identities, JsonObject header, JsonObject parent, JsonObject metadata,
                   JsonObject content) {
        String type() {
            return header.has("msg_type") ? header.get("msg_type").getAsString() : "";
        }
    }

    private final Mac mac;
    private final String session = UUID.randomUUID().toString();

    /**
     * A codec signing with {@code key} by {@code scheme} ({@code hmac-sha256}, as Jupyter writes
     * connection files); an empty key means messages are not signed, as the protocol allows.
     */
    Wire(String scheme, String key) {
        if (key == null || key.isEmpty()) {
            mac = null;
            return;
        }
        String algorithm = switch (scheme == null ? "" : scheme) {
            case "hmac-sha256" -> "HmacSHA256";
            case "hmac-sha512" -> "HmacSHA512";
            case "hmac-sha1" -> "HmacSHA1";
            default -> throw new IllegalArgumentException("signature_scheme \"" + scheme
                    + "\" is not supported; expected hmac-sha256, hmac-sha512 or hmac-sha1");
        };
        try {
            mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalArgumentException("cannot sign with " + scheme + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads one message, or returns null when there is none waiting or it is not a valid, correctly
     * signed message (the reason goes to {@code log}).
     */
    Message read(ZMQ.Socket socket, java.util.function.Consumer<String> log) {
        List<byte[]> frames = new ArrayList<>();
        byte[] frame = socket.recv(ZMQ.DONTWAIT);
        if (frame == null) {
            return null;
        }
        frames.add(frame);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv());
        }
        int delimiter = -1;
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0 || frames.size() < delimiter + 6) {
            log.accept("dropped a message without the <IDS|MSG> delimiter and its five frames");
            return null;
        }
        byte[] signature = frames.get(delimiter + 1);
        byte[][] parts = {frames.get(delimiter + 2), frames.get(delimiter + 3), frames.get(delimiter + 4),
                frames.get(delimiter + 5)};
        if (mac != null && !MessageDigest.isEqual(signature, sign(parts).getBytes(StandardCharsets.US_ASCII))) {
            log.accept("dropped a message with a wrong signature");
            return null;
        }
        try {
            return new Message(List.copyOf(frames.subList(0, delimiter)), object(parts[0]), object(parts[1]),
                    object(parts[2]), object(parts[3]));
        } catch (JsonParseException | IllegalStateException e) {
            log.accept("dropped a message whose JSON does not parse: " + e.getMessage());
            return null;
        }
    }

    /** Sends a message of type {@code type} in reply to (or on behalf of) {@code parent}. */
    void send(ZMQ.Socket socket, List<byte[]> identities, String type, JsonObject parent, JsonObject content) {
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", UUID.randomUUID().toString());
        header.addProperty("session", session);
        header.addProperty("username", "wb");
        header.addProperty("date", DATE.format(Instant.now()));
        header.addProperty("msg_type", type);
        header.addProperty("version", PROTOCOL_VERSION);
        byte[][] parts = {bytes(header), bytes(parent == null ? new JsonObject() : parent), bytes(new JsonObject()),
                bytes(content)};
        for (byte[] identity : identities) {
            socket.sendMore(identity);
        }
        socket.sendMore(DELIMITER);
        socket.sendMore(mac == null ? "" : sign(parts));
        socket.sendMore(parts[0]);
        socket.sendMore(parts[1]);
        socket.sendMore(parts[2]);
        socket.send(parts[3]);
    }

    private synchronized String sign(byte[][] parts) {
        mac.reset();
        for (byte[] part : parts) {
            mac.update(part);
        }
        return HexFormat.of().formatHex(mac.doFinal());
    }

    private static JsonObject object(byte[] json) {
        return JsonParser.parseString(new String(json, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private static byte[] bytes(JsonObject json) {
        return GSON.toJson(json).getBytes(StandardCharsets.UTF_8);
    }
}
