package wb.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jline.reader.LineReader;
import wb.io.AtomicFiles;
import wb.io.Utf8;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * JLine's history, made safe for several workbenches sharing one history file, and for a
 * workbench killed outright while it writes.
 *
 * <p>JLine saves each line as soon as it is accepted (the {@code HISTORY_INCREMENTAL} option).
 * Left to itself it appends to the file in place, without {@code fsync}: a kill -9 or a power
 * loss in the middle leaves a torn last line, which the next start loads as a cut-off entry or,
 * cut inside a UTF-8 sequence, as a file that is not UTF-8. It trims an overlong file through a
 * temporary file ({@code historyNNN.tmp}) that a kill leaves behind for good, and repairs a bad
 * line by deleting the file and writing it again. So here every write of the file goes through
 * {@link AtomicFiles} instead: the lines already in the file (as other workbenches left them),
 * then this session's new ones, the last {@code HISTORY_FILE_SIZE} of them, in a new file renamed
 * over the old one. After a kill the file is the old one or the new one, whole.
 *
 * <p>Two processes are kept apart too: every read and write of the file holds an exclusive lock
 * on a sibling {@code history.lock} file (and, within this JVM, a lock of its own, since file
 * locks are per process), so that no workbench drops a line another one wrote between its read
 * and its rename.
 */
final class SharedHistory extends DefaultHistory {
    private static final Map<Path, ReentrantLock> LOCKS_IN_THIS_JVM = new ConcurrentHashMap<>();

    /** How many lines the file keeps when the reader does not say ({@code HISTORY_FILE_SIZE}). */
    static final int FILE_SIZE = 1000;

    private LineReader lineReader;
    /** The index of the last entry that is in the file; those after it are new. */
    private int savedUpTo = -1;

    /** An IO step run under the lock. */
    @FunctionalInterface
    private interface IoStep {
        void run() throws IOException;
    }

    @Override
    public void attach(LineReader reader) {
        lineReader = reader;
        super.attach(reader);
    }

    @Override
    public void load() throws IOException {
        locked(() -> {
            super.load();
            savedUpTo = last();
        });
    }

    /** Adds the new entries to the file, as JLine's {@code save} does, atomically. */
    @Override
    public void save() throws IOException {
        Path file = historyFile();
        if (file != null) {
            locked(() -> rewrite(file, true, true));
        }
    }

    @Override
    public void append(Path file, boolean incremental) throws IOException {
        locked(() -> rewrite(file, true, incremental));
    }

    @Override
    public void write(Path file, boolean incremental) throws IOException {
        locked(() -> rewrite(file, incremental, incremental));
    }

    /**
     * Writes {@code file} atomically: its present lines if {@code keep}, then this history's
     * entries (only those not yet saved if {@code onlyNew}), the last {@code HISTORY_FILE_SIZE}
     * of all that. A history file made here is the owner's only, as JLine makes it.
     */
    private void rewrite(Path file, boolean keep, boolean onlyNew) throws IOException {
        Path absolute = file.toAbsolutePath();
        List<String> lines = new ArrayList<>();
        if (keep && Files.isRegularFile(absolute)) {
            lines.addAll(Files.readAllLines(absolute, StandardCharsets.UTF_8));
        }
        for (Entry entry : this) {
            if ((!onlyNew || entry.index() > savedUpTo) && isPersistable(entry)) {
                lines.add(format(entry));
            }
        }
        int max = fileSize();
        StringBuilder text = new StringBuilder();
        for (String line : lines.subList(Math.max(0, lines.size() - max), lines.size())) {
            text.append(line).append('\n');
        }
        if (!Files.exists(absolute)) {
            Files.createDirectories(absolute.getParent());
            try {
                Files.createFile(absolute, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(absolute); // not a POSIX file system
            }
        }
        AtomicFiles.writeString(absolute, text.toString());
        if (absolute.equals(historyFile() == null ? null : historyFile().toAbsolutePath())) {
            savedUpTo = last();
        }
    }

    /** An entry as JLine writes it: {@code MILLIS:LINE} (or just the line), with \n, \r and \\ escaped. */
    private String format(Entry entry) {
        String line = entry.line().replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        boolean timestamped = lineReader == null || lineReader.isSet(LineReader.Option.HISTORY_TIMESTAMPED);
        return timestamped ? entry.time().toEpochMilli() + ":" + line : line;
    }

    private int fileSize() {
        Object size = lineReader == null ? null : lineReader.getVariable(LineReader.HISTORY_FILE_SIZE);
        if (size instanceof Number n) {
            return n.intValue();
        }
        try {
            return size == null ? FILE_SIZE : Integer.parseInt(size.toString());
        } catch (NumberFormatException e) {
            return FILE_SIZE;
        }
    }

    private void locked(IoStep step) throws IOException {
        Path file = historyFile();
        if (file == null) {
            step.run();
            return;
        }
        Path absolute = file.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        ReentrantLock local = LOCKS_IN_THIS_JVM.computeIfAbsent(absolute, p -> new ReentrantLock());
        if (local.isHeldByCurrentThread()) {
            step.run(); // a nested step: the file lock is already ours
            return;
        }
        local.lock();
        try (FileChannel channel = FileChannel.open(absolute.resolveSibling(absolute.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            repairIfNotUtf8(absolute);
            step.run();
        } finally {
            local.unlock();
        }
    }

    /**
     * Makes a history file that is not UTF-8 readable again, which JLine would fail on at every
     * start (MalformedInputException at the first line typed): the original is kept beside it as
     * {@code NAME.invalid-utf8}, the bad bytes become U+FFFD, and one line on the terminal names
     * the file and the first bad line.
     */
    private void repairIfNotUtf8(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Utf8.NotUtf8Exception bad;
        try (InputStream in = Files.newInputStream(file)) {
            bad = Utf8.firstMalformed(in);
        }
        if (bad == null) {
            return;
        }
        byte[] original = Files.readAllBytes(file);
        Path kept = file.resolveSibling(file.getFileName() + ".invalid-utf8");
        AtomicFiles.write(kept, out -> out.write(original));
        AtomicFiles.writeString(file, new String(original, StandardCharsets.UTF_8));
        if (lineReader != null && lineReader.getTerminal() != null) {
            PrintWriter out = lineReader.getTerminal().writer();
            out.println("wb: the history file " + file + " is not UTF-8 at line " + bad.line() + " (" + bad.reason()
                    .replaceFirst(" \\(the file.*", "") + "); its bad bytes were replaced, the original is kept as "
                    + kept.getFileName());
            out.flush();
        }
    }

    private Path historyFile() {
        Object file = lineReader == null ? null : lineReader.getVariable(LineReader.HISTORY_FILE);
        if (file instanceof Path) {
            return (Path) file;
        }
        return file == null ? null : Path.of(file.toString());
    }
}
