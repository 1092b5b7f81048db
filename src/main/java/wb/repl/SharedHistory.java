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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jline.reader.LineReader;
import wb.io.AtomicFiles;
import wb.io.Utf8;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * JLine's history, made safe for several workbenches sharing one history file.
 *
 * <p>JLine already appends each accepted line to the file as soon as it is accepted (the
 * {@code HISTORY_INCREMENTAL} option), so a crash loses nothing, and it trims an overlong file by
 * writing a temporary file in the same folder and renaming it over the old one. What it does not
 * do is keep two processes apart: a workbench trimming the file could drop a line another one
 * appended between its read and its rename. Here every read and write of the file holds an
 * exclusive lock on a sibling {@code history.lock} file (and, within this JVM, a lock of its
 * own, since file locks are per process).
 */
final class SharedHistory extends DefaultHistory {
    private static final Map<Path, ReentrantLock> LOCKS_IN_THIS_JVM = new ConcurrentHashMap<>();

    private LineReader lineReader;

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
        locked(super::load);
    }

    @Override
    public void save() throws IOException {
        locked(super::save);
    }

    @Override
    public void append(Path file, boolean incremental) throws IOException {
        locked(() -> super.append(file, incremental));
    }

    @Override
    public void write(Path file, boolean incremental) throws IOException {
        locked(() -> super.write(file, incremental));
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
