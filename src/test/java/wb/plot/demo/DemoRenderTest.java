package wb.plot.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wb.plot.Figure;
import wb.plot.render.FigureFiles;
import wb.plot.render.TerminalRenderer;

/** Renders every demo headless, as image, SVG and terminal text; the PNGs land in target/demos to look at. */
class DemoRenderTest {

    @Test
    void everyDemoRendersEverywhere() {
        Set<String> names = new HashSet<>();
        for (Demo d : Demos.all()) {
            Figure f = d.figure();
            assertThat(names.add(f.name())).as("unique name " + f.name()).isTrue();
            BufferedImage img = f.image();
            // something besides white inside the plot box: at least the frame and tick labels
            int ink = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
                        ink++;
                    }
                }
            }
            assertThat(ink).as(f.name()).isGreaterThan(2000);
            assertThat(FigureFiles.bytes(f.spec(), FigureFiles.Format.SVG)).as(f.name()).isNotEmpty();
            assertThat(new TerminalRenderer(60, 20, false).render(f.spec())).as(f.name()).contains("\u2514");
            f.save(Path.of("target/demos/" + f.name() + ".png"));
        }
    }
}
