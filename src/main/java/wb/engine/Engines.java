package wb.engine;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The live engines of a directory, as the client sees them: asking each for its status, asking
 * one to quit, and keeping their number under the cap ({@code WB_ENGINE_MAX}, default 4).
 */
final class Engines {
    /** How many engines may live at once unless {@code WB_ENGINE_MAX} says otherwise. */
    static final int DEFAULT_MAX = 4;

    private Engines() {
    }

    /**
     * What an engine says of itself.
     *
     * @param state {@code busy} (serving a run), {@code warming} (idle, warming itself up) or
     *              {@code idle}
     */
    record Status(EngineDirectory.Entry entry, String state, long idleSeconds, int runs, long rssKiB,
                  String jdk, String directory) {
        boolean busy() {
            return state.equals("busy");
        }
    }

    /** The status of every live engine; the sockets of dead ones are removed on the way. */
    static List<Status> statuses(EngineDirectory directory) throws IOException {
        List<Status> statuses = new ArrayList<>();
        for (EngineDirectory.Entry entry : directory.engines(null)) {
            status(entry).ifPresent(statuses::add);
        }
        return statuses;
    }

    static Optional<Status> status(EngineDirectory.Entry entry) throws IOException {
        try (Wire wire = connect(entry)) {
            if (wire == null) {
                return Optional.empty();
            }
            wire.write(Wire.STATUS, new byte[0]);
            Wire.Frame reply = wire.read();
            if (reply == null || reply.type() != Wire.INFO) {
                return Optional.empty();
            }
            List<String> f = reply.strings();
            return Optional.of(new Status(entry, f.get(0), Long.parseLong(f.get(1)),
                    Integer.parseInt(f.get(2)), Long.parseLong(f.get(3)), f.get(4), f.get(5)));
        }
    }

    /** Asks an engine to end (a busy one stops its run first); whether it answered. */
    static boolean quit(EngineDirectory.Entry entry) throws IOException {
        try (Wire wire = connect(entry)) {
            if (wire == null) {
                return false;
            }
            wire.write(Wire.QUIT, new byte[0]);
            return wire.read() != null;
        }
    }

    /**
     * Makes room for one more engine: when the cap is reached, the engine idle the longest is
     * asked to quit.
     *
     * @return false when the cap is reached and every engine is busy
     */
    static boolean makeRoom(EngineDirectory directory, Map<String, String> env) throws IOException {
        int max = max(env);
        List<Status> live = statuses(directory);
        if (live.size() < max) {
            return true;
        }
        Optional<Status> oldest = live.stream().filter(s -> !s.busy())
                .max((a, b) -> Long.compare(a.idleSeconds(), b.idleSeconds()));
        return oldest.isPresent() && quit(oldest.get().entry());
    }

    static int max(Map<String, String> env) {
        try {
            int max = Integer.parseInt(env.getOrDefault("WB_ENGINE_MAX", Integer.toString(DEFAULT_MAX)).trim());
            return Math.max(1, max);
        } catch (NumberFormatException e) {
            return DEFAULT_MAX;
        }
    }

    /** A connection to an engine; null, and its socket removed, when the engine is gone. */
    static Wire connect(EngineDirectory.Entry entry) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(entry.socket()));
        } catch (IOException refused) {
            channel.close();
            if (!ProcessHandle.of(entry.pid()).map(ProcessHandle::isAlive).orElse(false)) {
                Files.deleteIfExists(entry.socket());
            }
            return null;
        }
        return Wire.over(channel);
    }
}
