package wb.engine;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The per-user directory where engines listen: one Unix-domain socket per engine, named
 * {@code KEY-PID.sock}, and the log of the engines of each key beside them, {@code KEY.log}.
 *
 * <p>It is {@code $WB_ENGINE_DIR}, else {@code $XDG_RUNTIME_DIR/wb}, else
 * {@code /tmp/wb-USER}, and it must be a directory (not a link) owned by this user with mode
 * 0700: whoever can connect to an engine can run code as its owner, so a directory that anyone
 * else can enter or that someone else made is refused.
 */
public final class EngineDirectory {
    private static final EnumSet<PosixFilePermission> PRIVATE = EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    /**
     * Engines by process id, newest first; a class rather than a lambda, which would cost the
     * client's cold JVM an invokedynamic bootstrap at every start.
     */
    private static final Comparator<Entry> NEWEST_FIRST = new Comparator<>() {
        @Override
        public int compare(Entry a, Entry b) {
            return Long.compare(b.pid(), a.pid());
        }
    };

    private final Path path;

    private EngineDirectory(Path path) {
        this.path = path;
    }

    /** An engine found in the directory: its socket, key and process id. */
    public record Entry(Path socket, String key, long pid) {
        /** Its log file, shared by the engines of its key, each line naming the engine's pid. */
        public Path log() {
            return socket.resolveSibling(key.concat(".log"));
        }
    }

    /** Where the directory is for this environment, without creating it. */
    public static Path locate(Map<String, String> env) {
        String explicit = env.get("WB_ENGINE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath();
        }
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank() && Files.isDirectory(Path.of(runtime))) {
            return Path.of(runtime, "wb");
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "wb-" + System.getProperty("user.name"));
    }

    /**
     * Opens the directory, creating it with mode 0700 if need be.
     *
     * @throws IOException when it cannot be made, or is not private to this user (the message
     *                     says which)
     */
    public static EngineDirectory open(Path path) throws IOException {
        try {
            Files.createDirectories(path.getParent());
            Files.createDirectory(path, PosixFilePermissions.asFileAttribute(PRIVATE));
        } catch (FileAlreadyExistsException e) {
            // Made before: checked below like any other.
        }
        PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isDirectory()) {
            throw new IOException(path + " is not a directory");
        }
        String me = System.getProperty("user.name");
        if (!attributes.owner().getName().equals(me)) {
            throw new IOException(path + " belongs to " + attributes.owner().getName() + ", not " + me);
        }
        if (!attributes.permissions().equals(PRIVATE)) {
            throw new IOException(path + " has mode " + PosixFilePermissions.toString(attributes.permissions())
                    + "; it must be rwx------ (chmod 700)");
        }
        return new EngineDirectory(path);
    }

    public Path path() {
        return path;
    }

    /** The socket an engine with this key and process id listens on. */
    public Path socket(String key, long pid) {
        return path.resolve(new StringBuilder(key).append('-').append(pid).append(".sock").toString());
    }

    /** The log of the engines with this key. */
    public Path log(String key) {
        return path.resolve(key.concat(".log"));
    }

    /** The engines whose sockets are in the directory, with {@code key} (null: any), newest first. */
    public List<Entry> engines(String key) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> sockets = Files.newDirectoryStream(path, "*.sock")) {
            for (Path socket : sockets) {
                String name = socket.getFileName().toString();
                int dash = name.lastIndexOf('-');
                if (dash < 0) {
                    continue;
                }
                String entryKey = name.substring(0, dash);
                long pid;
                try {
                    pid = Long.parseLong(name.substring(dash + 1, name.length() - ".sock".length()));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (key == null || key.equals(entryKey)) {
                    entries.add(new Entry(socket, entryKey, pid));
                }
            }
        }
        entries.sort(NEWEST_FIRST);
        return entries;
    }
}
