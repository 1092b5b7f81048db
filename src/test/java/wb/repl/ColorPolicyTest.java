package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

class ColorPolicyTest {
    private static Terminal terminal(String type) throws Exception {
        return TerminalBuilder.builder().streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())
                .type(type).provider("exec").build();
    }

    @Test
    void aColourTerminalHasColourUnlessNoColorIsSet() throws Exception {
        try (Terminal xterm = terminal("xterm-256color")) {
            assertThat(ColorPolicy.colorAllowed(xterm, name -> null)).isTrue();
            assertThat(ColorPolicy.colorAllowed(xterm, Map.of("NO_COLOR", "1")::get)).isFalse();
            assertThat(ColorPolicy.colorAllowed(xterm, Map.of("NO_COLOR", "")::get))
                    .as("NO_COLOR set to the empty string does not count (no-color.org)").isTrue();
        }
    }

    @Test
    void dumbAndMonochromeTerminalsHaveNone() throws Exception {
        try (Terminal dumb = terminal("dumb"); Terminal vt100 = terminal("vt100")) {
            assertThat(ColorPolicy.colorAllowed(dumb, name -> null)).isFalse();
            assertThat(ColorPolicy.colorAllowed(vt100, name -> null)).isFalse();
        }
    }
}
