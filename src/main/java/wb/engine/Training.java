package wb.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import sun.misc.Signal;
import java.nio.file.Path;
import java.util.List;

/**
 * The client's workload for its own start-up cache: what a run does before the engine answers
 * (a key, the directory, frames both ways, a failed connection), so that those classes are in
 * the archive the launcher makes for the client.
 */
final class Training {
    private Training() {
    }

    static void run() {
        try {
            Path dir = Files.createTempDirectory("wb-client-training");
            Path jar = Files.createFile(dir.resolve("wb.jar"));
            try {
                EngineDirectory directory = EngineDirectory.open(dir.resolve("engines"));
                String key = EngineKey.of("0", List.of("java", "-jar", jar.toString()), dir.toString(), System.getenv());
                directory.engines(key);
                Engines.connect(new EngineDirectory.Entry(directory.socket(key, 1), key, Long.MAX_VALUE));
                converse(directory.socket(key, 2));
                Signal.handle(new Signal("INT"), sig -> { });
                new ProcessBuilder("true").redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                Wire out = new Wire(new ByteArrayInputStream(new byte[0]), bytes, () -> { });
                out.writeStrings(Wire.HELLO, List.of(key, "a"));
                out.writeInt(Wire.EXIT, 0);
                Wire in = new Wire(new ByteArrayInputStream(bytes.toByteArray()), OutputStream.nullOutputStream(), () -> { });
                in.read().strings();
                in.read().integer();
                Files.delete(directory.path());
            } finally {
                Files.delete(jar);
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A run's exchange over a real socket: hello, accepted, output both ways, a read, exit. */
    private static void converse(Path socket) throws IOException, InterruptedException {
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Thread engine = new Thread(() -> {
                try (Wire wire = Wire.over(server.accept())) {
                    wire.read().strings();
                    wire.write(Wire.ACCEPTED, new byte[0]);
                    wire.write(Wire.STDOUT, new byte[] {'2', '\n'});
                    wire.writeInt(Wire.READ, 1);
                    wire.read();
                    wire.writeInt(Wire.EXIT, 0);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            engine.start();
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
            try (Wire wire = Wire.over(channel)) {
                wire.writeStrings(Wire.HELLO, List.of("key", "dir"));
                Wire.Frame frame;
                while ((frame = wire.read()) != null && frame.type() != Wire.EXIT) {
                    if (frame.type() == Wire.READ) {
                        wire.write(Wire.STDIN, new byte[] {'x'}, 0, frame.integer());
                    }
                }
            }
            engine.join();
        } finally {
            Files.deleteIfExists(socket);
        }
    }
}
