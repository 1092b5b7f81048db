package wb.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptTesterTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream report = new ByteArrayOutputStream();
    private final TranscriptTester tester = new TranscriptTester("test-version",
            new PrintStream(report, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    @Test
    void aRecordedScriptPassesAndAChangedNumberFailsWithADiff() throws IOException {
        Path script = dir.resolve("numbers.jsh");
        Files.writeString(script, "int a = 6;\na * 7\n\"done\"\n");
        tester.record(script, OptionalLong.empty(), "17.0.15");
        assertThat(Files.readString(dir.resolve("numbers.out")))
                .isEqualTo("# wb transcript: seed=0 jdk=17.0.15 wb=test-version\n42\n\"done\"\n# exit 0\n");

        assertThat(tester.check(script, OptionalLong.empty())).isTrue();
        assertThat(report.toString(StandardCharsets.UTF_8)).contains("PASS " + script);

        Files.writeString(script, "int a = 6;\na * 8\n\"done\"\n");
        report.reset();
        assertThat(tester.check(script, OptionalLong.empty())).isFalse();
        assertThat(report.toString(StandardCharsets.UTF_8)).contains("FAIL " + script, "-42", "+48");
    }

    @Test
    void aDifferentSeedOrExitStatusFails() throws IOException {
        Path script = dir.resolve("exits.jsh");
        Files.writeString(script, "System.exit(Integer.parseInt(System.getProperty(\"wb.test.status\", \"0\")));\n");
        tester.record(script, OptionalLong.of(3), "17");
        assertThat(tester.check(script, OptionalLong.of(4))).isFalse();
        assertThat(report.toString(StandardCharsets.UTF_8)).contains("the run used seed 4 but the transcript was recorded with seed 3");
        System.setProperty("wb.test.status", "2");
        try {
            report.reset();
            assertThat(tester.check(script, OptionalLong.empty())).isFalse();
            assertThat(report.toString(StandardCharsets.UTF_8)).contains("exit status 2, recorded 0");
        } finally {
            System.clearProperty("wb.test.status");
        }
    }

    @Test
    void aScriptWithoutTranscriptFailsAndSaysHowToRecord() throws IOException {
        Path script = dir.resolve("new.jsh");
        Files.writeString(script, "1\n");
        assertThat(tester.check(script, OptionalLong.empty())).isFalse();
        assertThat(report.toString(StandardCharsets.UTF_8)).contains("record one with wb test --record");
    }
}
