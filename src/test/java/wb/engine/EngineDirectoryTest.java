package wb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void itIsMadePrivateToItsUser() throws Exception {
        EngineDirectory engines = EngineDirectory.open(dir.resolve("a/wb"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(engines.path()))).isEqualTo("rwx------");
    }

    @Test
    void aDirectoryOthersCanEnterOrALinkIsRefused() throws Exception {
        Path open = Files.createDirectory(dir.resolve("open"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThatThrownBy(() -> EngineDirectory.open(open)).isInstanceOf(IOException.class)
                .hasMessageContaining("rwxr-xr-x").hasMessageContaining("chmod 700");
        Path target = EngineDirectory.open(dir.resolve("private")).path();
        Path link = Files.createSymbolicLink(dir.resolve("link"), target);
        assertThatThrownBy(() -> EngineDirectory.open(link)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a directory");
    }

    @Test
    void itIsFoundWhereTheEnvironmentSays() {
        assertThat(EngineDirectory.locate(Map.of("WB_ENGINE_DIR", "/x/y"))).isEqualTo(Path.of("/x/y"));
        assertThat(EngineDirectory.locate(Map.of("XDG_RUNTIME_DIR", dir.toString()))).isEqualTo(dir.resolve("wb"));
        assertThat(EngineDirectory.locate(Map.of("XDG_RUNTIME_DIR", "/no/such/dir")).getFileName().toString())
                .startsWith("wb-");
    }

    @Test
    void enginesAreListedByKeyFromTheirSocketNames() throws Exception {
        EngineDirectory engines = EngineDirectory.open(dir.resolve("wb"));
        Files.createFile(engines.socket("aaaa", 12));
        Files.createFile(engines.socket("bbbb", 13));
        Files.createFile(engines.path().resolve("aaaa.log"));
        Files.createFile(engines.path().resolve("junk.sock"));
        assertThat(engines.engines("aaaa")).extracting(EngineDirectory.Entry::pid).containsExactly(12L);
        assertThat(engines.engines(null)).extracting(EngineDirectory.Entry::key).containsExactlyInAnyOrder("aaaa", "bbbb");
        assertThat(engines.engines("aaaa").get(0).log()).isEqualTo(engines.path().resolve("aaaa.log"));
    }
}
