package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import wb.plot.output.TerminalDisplay.Graphics;

/** Reading a terminal's answers to kitty's graphics query and DA1, and WB_IMAGES. */
class TerminalImagesTest {

    @Test
    void attributeFourInTheDa1ReplyMeansSixel() {
        // xterm -ti vt340, foot, mlterm, and a VT220 without graphics
        assertThat(TerminalImages.parse("\u001b[?63;1;2;4;6;9;15;22c").sixel()).isTrue();
        assertThat(TerminalImages.parse("\u001b[?62;4;22c").sixel()).isTrue();
        assertThat(TerminalImages.parse("\u001b[?63;1;2;3;4;7;29c").sixel()).isTrue();
        assertThat(TerminalImages.parse("\u001b[?62;22c").sixel()).isFalse();
        // 42 or 14 are not 4
        assertThat(TerminalImages.parse("\u001b[?64;14;42c").sixel()).isFalse();
        assertThat(TerminalImages.parse("").answered()).isFalse();
    }

    @Test
    void kittysOkBeforeTheDa1ReplyMeansKittyAndWinsOverSixel() {
        TerminalImages.Reply both = TerminalImages.parse("\u001b_Gi=31;OK\u001b\\\u001b[?62;4;22c");
        assertThat(both.kitty()).isTrue();
        assertThat(TerminalImages.choose(both)).isEqualTo(Graphics.KITTY);
        TerminalImages.Reply refused = TerminalImages.parse("\u001b_Gi=31;ENOTSUPPORTED:no\u001b\\\u001b[?62;4;22c");
        assertThat(refused.kitty()).isFalse();
        assertThat(TerminalImages.choose(refused)).isEqualTo(Graphics.SIXEL);
        assertThat(TerminalImages.choose(TerminalImages.parse("\u001b[?1;2c"))).isEqualTo(Graphics.TEXT);
    }

    @Test
    void wbImagesNamesTheKindInAnyCaseAndNothingElse() {
        assertThat(TerminalImages.parseOverride("sixel")).isEqualTo(Graphics.SIXEL);
        assertThat(TerminalImages.parseOverride(" Kitty ")).isEqualTo(Graphics.KITTY);
        assertThat(TerminalImages.parseOverride("TEXT")).isEqualTo(Graphics.TEXT);
        assertThat(TerminalImages.parseOverride("iterm")).isNull();
    }

    @Test
    void kittysOwnEnvironmentSaysKittyWithoutAsking() {
        assertThat(TerminalImages.kittyByName(Map.of("KITTY_WINDOW_ID", "1")::get)).isTrue();
        assertThat(TerminalImages.kittyByName(Map.of("TERM", "xterm-kitty")::get)).isTrue();
        assertThat(TerminalImages.kittyByName(Map.of("TERM", "xterm-256color")::get)).isFalse();
    }

    @Test
    void keysTypedAheadOfATerminalThatNeverAnswersAreKeptForThePromptNotLost() throws Exception {
        TypeAhead typeAhead = new TypeAhead();
        TerminalImages.Reply reply = askWith("1 + 1\r/vars\r", typeAhead);
        assertThat(reply.answered()).isFalse();
        // Enter as typed: CR, or NL where the terminal's input translation (ICRNL) made it one.
        assertThat(typeAhead.take().replace('\n', '\r')).isEqualTo("1 + 1\r/vars\r");
        assertThat(typeAhead.take()).as("given once").isEmpty();
    }

    @Test
    void keysTypedAheadOfTheTerminalsAnswersAreKeptAndTheAnswersAreRead() throws Exception {
        TypeAhead typeAhead = new TypeAhead();
        TerminalImages.Reply reply = askWith("plot(x -> x, 0, 1)\r\u001b_Gi=31;OK\u001b\\\u001b[?62;4c", typeAhead);
        assertThat(reply).isEqualTo(new TerminalImages.Reply(true, true, true));
        assertThat(typeAhead.take().replace('\n', '\r')).isEqualTo("plot(x -> x, 0, 1)\r");
    }

    /** Asks a terminal of pipes whose input already holds {@code input}. */
    private static TerminalImages.Reply askWith(String input, TypeAhead typeAhead) throws Exception {
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        keys.write(input.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        try (Terminal terminal = TerminalBuilder.builder().streams(in, new ByteArrayOutputStream())
                .type("xterm-256color").provider("exec").encoding(StandardCharsets.UTF_8).build()) {
            return TerminalImages.ask(terminal, typeAhead);
        }
    }
}
