package wb.plot.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wb.plot.Figure;

class DisplaysTest {

    @TempDir
    Path dir;

    @Test
    void theFileDisplayNumbersFiguresInOrderAndReportsEachPath() {
        List<Path> reported = new ArrayList<>();
        FileDisplay d = new FileDisplay(dir.resolve("out"), reported::add);
        new Figure(d).name("ls").fn(w -> w * w, -1, 1).show();
        new Figure(d).name("mse").fn(w -> w, -1, 1).show();
        Path third = d.save(new Figure().name("ls").point(0, 0));
        assertThat(reported).containsExactly(dir.resolve("out/01-ls.png"), dir.resolve("out/02-mse.png"), third);
        assertThat(third).isEqualTo(dir.resolve("out/03-ls.png"));
        assertThat(reported).allSatisfy(p -> assertThat(p).isRegularFile());
        assertThat(d.count()).isEqualTo(3);
    }

    @Test
    void theTerminalDisplayDrawsTextSavesAPngAndPrintsItsPath() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        TerminalDisplay d = new TerminalDisplay(out, 40, 14, false, dir, TerminalDisplay.Graphics.TEXT);
        new Figure(d).name("tiny").fn(w -> (w - 1) * (w - 1), -2, 3).points(26).label("LS").point(1, 0).color("red")
                .label("min").xlabel("w").ylabel("least squares").show();
        String text = buf.toString(StandardCharsets.UTF_8);
        Path png = dir.resolve("01-tiny.png");
        assertThat(png).isRegularFile();
        assertThat(text).endsWith("[tiny: " + png + "]\n").contains("\u2500\u2500 LS").doesNotContain("\u001b");
    }

    @Test
    void theTerminalDisplayCanSendKittyOrSixelImages() throws Exception {
        for (TerminalDisplay.Graphics g : new TerminalDisplay.Graphics[] {TerminalDisplay.Graphics.KITTY, TerminalDisplay.Graphics.SIXEL}) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            TerminalDisplay d = new TerminalDisplay(new PrintStream(buf, true, StandardCharsets.UTF_8), 40, 14, true,
                    dir.resolve(g.name()), g);
            new Figure(d).name("k").fn(Math::sin, 0, 1).size(64, 48).dpi(20).show();
            String text = buf.toString(StandardCharsets.UTF_8);
            assertThat(text).startsWith(g == TerminalDisplay.Graphics.KITTY ? "\u001b_G" : "\u001bP");
            assertThat(Files.list(dir.resolve(g.name()))).hasSize(1);
        }
    }
}
