package wb.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A run's exclusive claim on an output folder, so that two runs writing numbered files into the
 * same folder at the same time ({@code 01-figure.png} from both) fail loudly instead of silently
 * overwriting each other's files.
 *
 * <p>The claim is an operating-system lock ({@code flock}) on a file named by the folder's real
 * path, in a per-user folder under {@code java.io.tmpdir}, so nothing is added to the user's
 * folder, and a run that dies, even by kill -9, releases its claim with its process. The lock
 * file holds the owner's process id, for the message. Runs in one JVM are told apart too.
 */
public final class FolderClaim implements AutoCloseable {

    /** The folders claimed in this JVM (a file lock cannot tell two claims of one process apart). */
    private static final Set<String> HELD = ConcurrentHashMap.newKeySet();

    private final String key;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderClaim(String key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Claims {@code folder} (which need not exist yet) for this run.
     *
     * @throws IOException with a message naming the other run's process id when another run holds
     *                     it, or why the claim could not be made
     */
    public static FolderClaim claim(Path folder) throws IOException {
        Path abs = folder.toAbsolutePath().normalize();
        String key = Files.exists(abs) ? abs.toRealPath().toString() : abs.toString();
        if (!HELD.add(key)) {
            throw new IOException(folder + " is being written by another run in this process; its numbered"
                    + " files would overwrite each other");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile(key), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String owner = readOwner(channel);
                throw new IOException(folder + " is being written by another wb run" + owner
                        + "; its numbered files would overwrite this run's");
            }
            byte[] pid = Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(pid), 0);
            return new FolderClaim(key, channel, lock);
        } catch (IOException | RuntimeException e) {
            HELD.remove(key);
            if (channel != null) {
                channel.close();
            }
            throw e;
        }
    }

    /** Releases the claim. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
            HELD.remove(key);
        }
    }

    private static String readOwner(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            int n = channel.read(buffer, 0);
            String pid = n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.US_ASCII).trim();
            return pid.matches("\\d+") ? " (pid " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** The lock file of a folder: its real path's SHA-256, in the user's own lock folder. */
    private static Path lockFile(String key) throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "wb-" + System.getProperty("user.name") + "-claims");
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException e) {
                Files.createDirectories(dir);
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(digest) + ".lock");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
