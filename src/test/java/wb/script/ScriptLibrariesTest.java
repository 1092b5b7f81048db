package wb.script;

import static org.assertj.core.api.Assertions.assertThat;

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
    private final ScriptCapture printed = new ScriptCapture();

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
        return printed.run(session, new ScriptRunner.Options(false, false), null, script, "libs.jsh", dir);
    }

    @Test
    void anAddLineMakesTheArtifactAndItsDependencyUsableAndPrintsWhatItResolvedOnce() {
        int status = run("int before = 1;\n/add " + MavenRepoFixture.GREETER + "\n"
                + "import com.acme.greet.Greeter;\nGreeter.greet(\"script\")\ncom.acme.util.Twice.of(before)\n");
        assertThat(status).as(printed.err()).isZero();
        assertThat(printed.out()).isEqualTo("\"hello, script\"\n2.0\n");
        assertThat(printed.err()).isEqualTo("libs.jsh:2: /add resolved com.acme:greeter:1.0 com.acme:util:2.0\n");
    }

    @Test
    void aMissingArtifactFailsAtItsLineAndColumnAndEndsTheRun() {
        int status = run("1 + 1\n  /add com.acme:greeter:1.0 com.acme:nope:3.1\n2 + 2\n");
        assertThat(status).isEqualTo(ExitStatus.FAILED);
        assertThat(printed.out()).isEqualTo("2\n");
        assertThat(printed.err()).startsWith("libs.jsh:2:29: error: not found: com.acme:nope:3.1 is in no repository")
                .doesNotContain("resolved");
        assertThat(printed.err().strip().lines()).hasSize(1);
    }

    @Test
    void aVersionRangeOrLatestIsRefusedForReproducibility() {
        assertThat(run("/add com.acme:greeter:[1.0,)\n")).isEqualTo(ExitStatus.FAILED);
        assertThat(printed.err()).startsWith("libs.jsh:1:6: error: com.acme:greeter:[1.0,): the version range [1.0,)")
                .contains("for reproducibility a script names one version");
        printed.resetErr();
        assertThat(run("/add com.acme:greeter:RELEASE\n")).isEqualTo(ExitStatus.FAILED);
        assertThat(printed.err()).startsWith("libs.jsh:1:6: error: com.acme:greeter:RELEASE: RELEASE names whichever version");
    }

    @Test
    void badCoordinatesAndAMissingJarFailWithTheirColumn() {
        assertThat(run("/add com.acme:greeter:\n")).isEqualTo(ExitStatus.FAILED);
        assertThat(printed.err()).isEqualTo("libs.jsh:1:6: error: 'com.acme:greeter:' has no version:"
                + " expected group:artifact:version\n");
        printed.resetErr();
        assertThat(run("/add   lib/none.jar\n")).isEqualTo(ExitStatus.FAILED);
        assertThat(printed.err()).startsWith("libs.jsh:1:8: error: ").contains("none.jar does not exist");
    }
}
