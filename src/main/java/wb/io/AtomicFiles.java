package wb.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files atomically and durably: into a temporary file in the target's folder, flushed to
 * the disk ({@code fsync}), then renamed over the target ({@code ATOMIC_MOVE}, falling back to
 * {@code REPLACE_EXISTING} where the file system cannot), and then the folder is flushed too, so
 * that the rename survives a power loss. A reader sees the old file or the new one, never half of
 * one.
 *
 * <p>What the user pointed at is what changes: a symbolic link is followed and its target
 * replaced (the link stays a link), and a file that already exists keeps its POSIX permissions
 * (a mode-600 file stays 600). A target that cannot be a file (an empty name, a folder, a path
 * through a regular file) fails with an {@link IOException} whose message says which.
 *
 * <p>A failure part-way deletes the temporary file and leaves the target as it was. So does the
 * JVM ending mid-write (Ctrl-C on a script, {@code System.exit} from another thread): temporary
 * files still being written are deleted by a shutdown hook. A process killed outright (kill -9,
 * a power loss) cannot clean up, so temporary files carry their writer's process id,
 * {@code .NAME.wb-PID-RANDOM.tmp}, and every write sweeps its folder of those whose process is
 * gone.
 */
public final class AtomicFiles {

    /** What writes the content. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** A temporary file's name: the target's name, the writer's process id, a random part. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.wb-(\\d+)-[0-9a-f]+\\.tmp");
    /** How many symbolic links are followed before giving up, as Linux's ELOOP. */
    private static final int MAX_LINKS = 40;
    private static final long PID = ProcessHandle.current().pid();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        Thread cleanup = new Thread(() -> IN_FLIGHT.forEach(p -> p.toFile().delete()), "wb-atomic-files-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    private AtomicFiles() {
    }

    /**
     * Creates missing parent folders and writes {@code body}'s bytes to {@code target} atomically.
     *
     * @throws IllegalArgumentException if {@code target} is null or empty
     * @throws IOException              if the file cannot be written, with a message naming why
     */
    public static void write(Path target, Body body) throws IOException {
        if (target == null) {
            throw new IllegalArgumentException("the path is null; expected a file name such as \"data.csv\"");
        }
        if (target.toString().isEmpty()) {
            throw new IllegalArgumentException("the path is empty; expected a file name such as \"data.csv\"");
        }
        Path abs = followLinks(target.toAbsolutePath().normalize());
        Path dir = abs.getParent();
        if (dir == null || abs.getFileName() == null) {
            throw new IOException(abs + " is a folder; expected a file name such as \"data.csv\"");
        }
        createFolders(dir);
        if (Files.isDirectory(abs)) {
            throw new IOException(abs + " is a folder; expected a file name such as \"data.csv\"");
        }
        sweepStaleTemporaries(dir);
        // Not Files.createTempFile: its owner-only permissions would stick to the renamed file.
        Path tmp = dir.resolve("." + abs.getFileName() + ".wb-" + PID + "-" + Long.toHexString(RANDOM.nextLong()) + ".tmp");
        IN_FLIGHT.add(tmp);
        boolean done = false;
        try {
            // Born with the target's permissions (the umask can only narrow them), so that a
            // private file's content is never readable by others while it is written, nor in
            // a temporary file that a kill -9 leaves behind.
            try (FileChannel channel = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    permissionsOf(abs))) {
                OutputStream out = new BufferedOutputStream(new NonClosingOutputStream(Channels.newOutputStream(channel)), 1 << 16);
                body.write(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(abs, tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            forceFolder(dir);
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
            IN_FLIGHT.remove(tmp);
        }
    }

    /** Writes text as UTF-8, atomically. */
    public static void writeString(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /**
     * Deletes the temporary files in {@code dir} that a process which no longer runs left behind
     * (killed mid-write). Those of live processes, and every other file, stay.
     *
     * @return how many were deleted
     */
    public static int sweepStaleTemporaries(Path dir) {
        int deleted = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.wb-*.tmp")) {
            for (Path p : entries) {
                Matcher m = TEMPORARY.matcher(p.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid != PID && ProcessHandle.of(pid).isEmpty() && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        Files.deleteIfExists(p);
                        deleted++;
                    } catch (IOException e) {
                        // Someone else's, or already gone: sweeping is a courtesy, never a reason to fail a save.
                    }
                }
            }
        } catch (IOException e) {
            // As above: an unreadable folder fails the write itself, with a better message.
        }
        return deleted;
    }

    /**
     * Why an I/O operation failed, in a few words, for a message that already names the file:
     * "permission denied" rather than {@code AccessDeniedException: /the/path}.
     */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }


    /** The file a chain of symbolic links ends at (which need not exist yet). */
    private static Path followLinks(Path abs) throws IOException {
        Path p = abs;
        for (int i = 0; Files.isSymbolicLink(p); i++) {
            if (i == MAX_LINKS) {
                throw new IOException(abs + ": too many levels of symbolic links");
            }
            Path parent = p.getParent();
            Path link = Files.readSymbolicLink(p);
            p = (parent == null ? link : parent.resolve(link)).normalize();
        }
        return p;
    }

    private static void createFolders(Path dir) throws IOException {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new IOException(p + " is a file, not a folder");
                }
                break;
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(e.getFile() + " is a file, not a folder", e);
        }
    }

    /** Gives {@code tmp} the permissions {@code target} has, when it exists on a POSIX file system. */
    /** The target's POSIX permissions as an attribute to create a file with; none if it has none. */
    private static FileAttribute<?>[] permissionsOf(Path target) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view == null || !Files.exists(target)) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(view.readAttributes().permissions())};
    }

    private static void keepPermissions(Path target, Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view == null || !Files.exists(target)) {
            return;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        Files.setPosixFilePermissions(tmp, permissions);
    }

    /** Flushes a folder's entries (the rename) to the disk, where the platform can open a folder. */
    private static void forceFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder; some file systems refuse fsync on one. The file is already whole.
        }
    }
}
