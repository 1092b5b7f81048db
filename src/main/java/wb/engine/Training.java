package wb.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.io.OutputStream;
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
        }
    }
}
