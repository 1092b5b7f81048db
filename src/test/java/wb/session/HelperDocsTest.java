package wb.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HelperDocsTest {
    private static final List<HelperDocs.Entry> ENTRIES = List.of(
            new HelperDocs.Entry("Helpers", "ridge", "Vec ridge(double lambda)",
                    "The ridge weights: w = (XᵀX + λI)⁻¹Xᵀy.\nExample:\tridge(1e3) \\ done"),
            new HelperDocs.Entry("Helpers", "ridge", "Vec ridge(Dataset d, double lambda)", "On d."),
            new HelperDocs.Entry("Plots", "plot", "Figure plot(Vec x, Vec y)", ""));

    @Test
    void encodingAndDecodingKeepTabsNewlinesAndBackslashes() {
        HelperDocs decoded = HelperDocs.decode(HelperDocs.encode(ENTRIES));
        assertThat(decoded.entries()).containsExactlyElementsOf(ENTRIES);
    }

    @Test
    void looksUpEveryOverloadByNameOrByFacadeAndName() {
        HelperDocs docs = HelperDocs.of(ENTRIES);
        assertThat(docs.lookup("ridge")).hasSize(2);
        assertThat(docs.lookup("Helpers.ridge")).hasSize(2);
        assertThat(docs.lookup("wb.api.Helpers.ridge")).hasSize(2);
        assertThat(docs.lookup("Plots.ridge")).isEmpty();
        assertThat(docs.lookup("lasso")).isEmpty();
        assertThat(docs.names()).containsExactly("plot", "ridge");
    }

    @Test
    void aMalformedLineIsReportedWithItsNumber() {
        assertThatThrownBy(() -> HelperDocs.decode("# comment\nHelpers\tridge\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(HelperDocs.RESOURCE + ":2: expected 4 tab-separated fields (owner, name, signature, text),"
                        + " found 2");
    }

    @Test
    void theBuildShipsAnIndexOnTheClassPath() {
        assertThat(HelperDocs.class.getClassLoader().getResource(HelperDocs.RESOURCE)).isNotNull();
    }
}
