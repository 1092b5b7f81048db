package wb.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wb.deps.MavenRepoFixture;
import wb.session.Session;
import wb.session.SessionSettings;

/** {@code /add} as a script line, against a Maven repository on disk. */
class ScriptLibrariesTest {
    @TempDir
    java.nio.file.Path dir;

    private Session session;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        MavenRepoFixture repo = MavenRepoFixture.create(dir);
        session = Session.start(SessionSettings.defaults().withUserHome(repo.home()));
    }

    @AfterEach
    void stop() {
        session.close();
    }

    private int run(String script) {
        PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream real = System.out;
        System.setOut(capture);
        try {
            return new ScriptRunner(session, new ScriptRunner.Options(false, false), capture,
                    new PrintStream(err, true, StandardCharsets.UTF_8)).run(script, "libs.jsh", dir);
        } finally {
            System.setOut(real);
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anAddLineMakesTheArtifactAndItsDependencyUsableAndPrintsWhatItResolvedOnce() {
        int status = run("int before = 1;\n/add " + MavenRepoFixture.GREETER + "\n"
                + "import com.acme.greet.Greeter;\nGreeter.greet(\"script\")\ncom.acme.util.Twice.of(before)\n");
        assertThat(status).as(err()).isZero();
        assertThat(out()).isEqualTo("\"hello, script\"\n2.0\n");
        assertThat(err()).isEqualTo("libs.jsh:2: /add resolved com.acme:greeter:1.0 com.acme:util:2.0\n");
    }

    @Test
    void aMissingArtifactFailsAtItsLineAndColumnAndEndsTheRun() {
        int status = run("1 + 1\n  /add com.acme:greeter:1.0 com.acme:nope:3.1\n2 + 2\n");
        assertThat(status).isEqualTo(ExitStatus.FAILED);
        assertThat(out()).isEqualTo("2\n");
        assertThat(err()).startsWith("libs.jsh:2:29: error: not found: com.acme:nope:3.1 is in no repository")
                .doesNotContain("resolved");
        assertThat(err().strip().lines()).hasSize(1);
    }

    @Test
    void aVersionRangeOrLatestIsRefusedForReproducibility() {
        assertThat(run("/add com.acme:greeter:[1.0,)\n")).isEqualTo(ExitStatus.FAILED);
        assertThat(err()).startsWith("libs.jsh:1:6: error: com.acme:greeter:[1.0,): the version range [1.0,)")
                .contains("for reproducibility a script names one version");
        err.reset();
        assertThat(run("/add com.acme:greeter:RELEASE\n")).isEqualTo(ExitStatus.FAILED);
        assertThat(err()).startsWith("libs.jsh:1:6: error: com.acme:greeter:RELEASE: RELEASE names whichever version");
    }

    @Test
    void badCoordinatesAndAMissingJarFailWithTheirColumn() {
        assertThat(run("/add com.acme:greeter:\n")).isEqualTo(ExitStatus.FAILED);
        assertThat(err()).isEqualTo("libs.jsh:1:6: error: 'com.acme:greeter:' has no version:"
                + " expected group:artifact:version\n");
        err.reset();
        assertThat(run("/add   lib/none.jar\n")).isEqualTo(ExitStatus.FAILED);
        assertThat(err()).startsWith("libs.jsh:1:8: error: ").contains("none.jar does not exist");
    }
}
