package wb.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineKeyTest {
    @TempDir
    Path dir;

    private List<String> command(Path jar) {
        return List.of("/usr/bin/java", "-Xss8m", "-jar", jar.toString());
    }

    @Test
    void theSameLaunchGetsTheSameKey() throws Exception {
        Path jar = Files.writeString(dir.resolve("wb.jar"), "jar");
        Map<String, String> env = Map.of("HOME", "/root", "FOO", "1");
        assertThat(EngineKey.of("17", command(jar), "/a", env)).isEqualTo(EngineKey.of("17", command(jar), "/a", Map.copyOf(env)))
                .hasSize(20).matches("[0-9a-f]+");
    }

    @Test
    void anythingAJvmFixesAtStartGivesAnotherKey() throws Exception {
        Path jar = Files.writeString(dir.resolve("wb.jar"), "jar");
        Map<String, String> env = Map.of("FOO", "1");
        String key = EngineKey.of("17", command(jar), "/a", env);
        assertThat(EngineKey.of("25", command(jar), "/a", env)).as("JDK").isNotEqualTo(key);
        assertThat(EngineKey.of("17", List.of("/usr/bin/java", "-Xmx8g", "-jar", jar.toString()), "/a", env))
                .as("WB_JAVA_OPTS").isNotEqualTo(key);
        assertThat(EngineKey.of("17", command(jar), "/b", env)).as("directory").isNotEqualTo(key);
        assertThat(EngineKey.of("17", command(jar), "/a", Map.of("FOO", "2"))).as("a value").isNotEqualTo(key);
        assertThat(EngineKey.of("17", command(jar), "/a", Map.of("FOO", "1", "BAR", ""))).as("a variable")
                .isNotEqualTo(key);
        // A rebuild puts a new file in the jar's place.
        Path rebuilt = Files.writeString(dir.resolve("new.jar"), "jar");
        Files.move(rebuilt, jar, StandardCopyOption.REPLACE_EXISTING);
        assertThat(EngineKey.of("17", command(jar), "/a", env)).as("rebuilt jar").isNotEqualTo(key);
    }

    @Test
    void aVariableCannotPassForAnotherByMovingTheSeparator() throws Exception {
        Path jar = Files.writeString(dir.resolve("wb.jar"), "jar");
        assertThat(EngineKey.of("17", command(jar), "/a", Map.of("A", "B=C")))
                .isNotEqualTo(EngineKey.of("17", command(jar), "/a", Map.of("A=B", "C")));
    }
}
