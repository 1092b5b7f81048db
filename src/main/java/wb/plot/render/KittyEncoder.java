package wb.plot.render;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Encodes a PNG for the kitty terminal graphics protocol (kitty, WezTerm, Ghostty, Konsole):
 * {@code ESC _G f=100,a=T,m=1;<base64> ESC \} in chunks of at most 4096 base64 characters, the
 * last with {@code m=0}.
 */
public final class KittyEncoder {

    static final int CHUNK = 4096;

    private KittyEncoder() {
    }

    /** The escape sequence that transmits and displays {@code png} at the cursor. */
    public static String encode(byte[] png) {
        if (png == null || png.length == 0) {
            throw new IllegalArgumentException("kitty: expected PNG bytes, got " + (png == null ? "null" : "none"));
        }
        String data = Base64.getEncoder().encodeToString(png);
        StringBuilder b = new StringBuilder(data.length() + data.length() / CHUNK * 16 + 32);
        for (int i = 0; i < data.length(); i += CHUNK) {
            boolean first = i == 0;
            boolean more = i + CHUNK < data.length();
            b.append("\u001b_G");
            if (first) {
                b.append("f=100,a=T,");
            }
            b.append("m=").append(more ? 1 : 0).append(';');
            b.append(data, i, Math.min(data.length(), i + CHUNK));
            b.append("\u001b\\");
        }
        return b.toString();
    }

    /** {@link #encode} as US-ASCII bytes. */
    public static byte[] bytes(byte[] png) {
        return encode(png).getBytes(StandardCharsets.US_ASCII);
    }
}
