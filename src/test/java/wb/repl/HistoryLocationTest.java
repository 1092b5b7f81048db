package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryLocationTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    void wbStateHomeComesFirst() {
        assertThat(HistoryLocation.resolve(Map.of("WB_STATE_HOME", "/tmp/wb-test", "XDG_STATE_HOME", "/x")::get, HOME))
                .isEqualTo(Path.of("/tmp/wb-test/history"));
    }

    @Test
    void thenAnAbsoluteXdgStateHome() {
        assertThat(HistoryLocation.resolve(Map.of("XDG_STATE_HOME", "/var/state")::get, HOME))
                .isEqualTo(Path.of("/var/state/wb/history"));
        assertThat(HistoryLocation.resolve(Map.of("XDG_STATE_HOME", "relative")::get, HOME))
                .as("the XDG spec says to ignore a relative path").isEqualTo(Path.of("/home/ada/.local/state/wb/history"));
    }

    @Test
    void elseTheDefaultStateDirectoryInTheHome() {
        assertThat(HistoryLocation.resolve(name -> null, HOME)).isEqualTo(Path.of("/home/ada/.local/state/wb/history"));
        assertThat(HistoryLocation.resolve(Map.of("WB_STATE_HOME", " ")::get, HOME))
                .isEqualTo(Path.of("/home/ada/.local/state/wb/history"));
    }
}
