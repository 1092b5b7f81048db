package wb.plot.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class ColormapTest {

    @Test
    void tablesMatchMatplotlibsPublishedEndsAndMiddles() {
        // matplotlib _cm_listed.py: inferno[0] = (0.001462, 0.000466, 0.013866), inferno[255] = (0.988362, 0.998364, 0.644924)
        assertThat(Colormap.named("inferno").at(0)).isEqualTo(new Color(0, 0, 4));
        assertThat(Colormap.named("inferno").at(1)).isEqualTo(new Color(252, 255, 164));
        // viridis[128] = (0.127568, 0.566949, 0.550556)
        assertThat(Colormap.named("viridis").at(0.5)).isEqualTo(new Color(33, 145, 140));
        // Blues ends at ColorBrewer's #08306b and starts at #f7fbff
        assertThat(Colormap.named("Blues").at(1)).isEqualTo(new Color(0x08306b));
        assertThat(Colormap.named("Blues").at(0)).isEqualTo(new Color(0xf7fbff));
    }

    @Test
    void samplingUsesMatplotlibsIndexAndClamps() {
        Colormap v = Colormap.named("viridis");
        // index floor(t * 256): 0.5 -> 128, 127.9/256 -> 127
        assertThat(v.at(127.9 / 256)).isNotEqualTo(v.at(0.5));
        assertThat(v.at(-3)).isEqualTo(v.at(0));
        assertThat(v.at(7)).isEqualTo(v.at(1));
        assertThat(v.at(Double.NaN).getAlpha()).isZero();
        assertThat(Colormap.named("viridis_r").at(0)).isEqualTo(v.at(1));
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        assertThat(Colormap.named("blues").name()).isEqualTo("Blues");
        assertThatThrownBy(() -> Colormap.named("jet")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"jet\"").hasMessageContaining("inferno").hasMessageContaining("Blues");
        assertThat(Colormap.names()).contains("viridis", "inferno", "Blues").doesNotContain("viridis_r");
    }

    @Test
    void colourNamesFollowMatplotlib() {
        assertThat(Colors.parse("tab:blue")).isEqualTo(new Color(0x1f77b4));
        assertThat(Colors.parse("C1")).isEqualTo(new Color(0xff7f0e));
        assertThat(Colors.parse("red")).isEqualTo(Color.RED);
        assertThat(Colors.parse("k")).isEqualTo(Color.BLACK);
        assertThat(Colors.parse("#2ca02c")).isEqualTo(new Color(0x2ca02c));
        assertThatThrownBy(() -> Colors.parse("reddish")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"reddish\"").hasMessageContaining("#rrggbb");
        assertThatThrownBy(() -> Colors.parse("#12345")).hasMessageContaining("six hex digits");
    }
}
