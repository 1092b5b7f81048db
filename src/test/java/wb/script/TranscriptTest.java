package wb.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptTest {
    @Test
    void formatAndParseRoundTripEvenWhenOutputLooksLikeTheTrailer() {
        Transcript t = new Transcript(0, "17.0.15", "0.1.0",
                List.of("w ==> [[3.1]]", "# exit 3", "# figure fake.png 1x1 sha256=" + "0".repeat(64), ""), 0,
                List.of(new Transcript.Figure("01-ls.png", 640, 480, "ab".repeat(32))));
        assertThat(Transcript.parse(t.format(), "t.out")).isEqualTo(t);
    }

    @Test
    void aFileWithoutHeaderSaysHowToRecordOne() {
        assertThatThrownBy(() -> Transcript.parse("hello\n", "x.out"))
                .hasMessage("x.out:1: not a wb transcript: the first line must start with '# wb transcript:'"
                        + " (record one with wb test --record)");
    }

    @Test
    void aMissingExitLineIsNamed() {
        assertThatThrownBy(() -> Transcript.parse("# wb transcript: seed=0 jdk=17 wb=dev\nout\n", "x.out"))
                .hasMessageStartingWith("x.out:2: expected '# exit STATUS'");
    }

    @Test
    void theDiffShowsRemovedThenAddedLinesWithContext() {
        String diff = LineDiff.unified(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"),
                List.of("a", "b", "c", "d", "E", "f", "g", "h", "i"), "old", "new");
        assertThat(diff).isEqualTo("--- old\n+++ new\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n");
        assertThat(LineDiff.unified(List.of("x"), List.of("x"), "a", "b")).isEmpty();
    }
}
