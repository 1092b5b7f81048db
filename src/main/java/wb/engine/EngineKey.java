package wb.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which engine may serve a run: a digest of everything a run in a fresh JVM would see that a
 * resident JVM cannot change once it has started. Engines are keyed by it, so that a run is
 * never served by a JVM that differs from the one the same command would start:
 *
 * <ul>
 *   <li>the JVM command (the java binary, wb's options and {@code WB_JAVA_OPTS}) and the JDK's
 *       runtime version;</li>
 *   <li>the jar's build: its size, modification time and inode, so a rebuilt jar never runs in
 *       an old engine;</li>
 *   <li>the working directory, which a JVM cannot change, so relative paths in snippets resolve
 *       as they would;</li>
 *   <li>the whole environment, which {@code System.getenv()} fixes when a JVM starts.</li>
 * </ul>
 *
 * What belongs to one run (the arguments, the seed, standard input) is not in the key.
 */
public final class EngineKey {
    private EngineKey() {
    }

    /** The key, as 20 hexadecimal digits (80 bits of two 64-bit hashes). */
    public static String of(String runtime, List<String> javaCommand, String cwd, Map<String, String> env)
            throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("wire ").append(Wire.VERSION).append('\n');
        text.append("runtime ").append(runtime).append('\n');
        for (String word : javaCommand) {
            text.append("command ").append(word.length()).append(' ').append(word).append('\n');
        }
        text.append("jar ").append(jarStamp(jarOf(javaCommand))).append('\n');
        text.append("cwd ").append(cwd).append('\n');
        for (Map.Entry<String, String> variable : new TreeMap<>(env).entrySet()) {
            text.append("env ").append(variable.getKey().length()).append(' ').append(variable.getKey())
                    .append(variable.getValue().length()).append(' ').append(variable.getValue()).append('\n');
        }
        return hex(hash(text.toString())).substring(0, 20);
    }

    /** The jar a {@code java ... -jar JAR} command runs. */
    public static Path jarOf(List<String> javaCommand) {
        int at = javaCommand.indexOf("-jar");
        if (at < 0 || at + 1 >= javaCommand.size()) {
            throw new IllegalArgumentException("the engine command has no -jar JAR: " + javaCommand);
        }
        return Path.of(javaCommand.get(at + 1));
    }

    /** What identifies one build of a jar: its size, modification time and file identity. */
    public static String jarStamp(Path jar) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
        // StringBuilder, not +: each + site costs the client's cold JVM an invokedynamic bootstrap.
        return new StringBuilder().append(attributes.size()).append('/').append(attributes.lastModifiedTime().toMillis())
                .append('/').append(attributes.fileKey()).toString();
    }

    /**
     * Two 64-bit hashes of the text's UTF-16 units (FNV-1a, and a multiply-rotate hash with
     * another seed), big-endian. Not a cryptographic digest: the directory is private to its
     * user, so a key only has to tell honest launches apart, and the JDK's digests cost the
     * client tens of milliseconds to load.
     */
    private static byte[] hash(String text) {
        long fnv = 0xcbf29ce484222325L;
        long mix = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            fnv = (fnv ^ c) * 0x100000001b3L;
            mix = Long.rotateLeft((mix ^ c) * 0xff51afd7ed558ccdL, 29);
        }
        mix ^= mix >>> 33;
        mix *= 0xc4ceb9fe1a85ec53L;
        mix ^= mix >>> 33;
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (fnv >>> (56 - 8 * i));
            bytes[8 + i] = (byte) (mix >>> (56 - 8 * i));
        }
        return bytes;
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return hex.toString();
    }
}
