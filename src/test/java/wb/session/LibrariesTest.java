package wb.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wb.deps.MavenRepoFixture;
import wb.deps.ResolvedArtifact;

/** {@code /add}'s work against a Maven repository on disk, with the user's settings.xml. */
class LibrariesTest {
    @TempDir
    Path dir;

    private MavenRepoFixture repo;
    private Session session;

    @BeforeEach
    void start() throws Exception {
        repo = MavenRepoFixture.create(dir);
        session = Session.start(SessionSettings.defaults().withUserHome(repo.home()));
    }

    @AfterEach
    void stop() {
        session.close();
    }

    private Libraries.Added add(boolean pinnedOnly, String... arguments) throws Libraries.AddException {
        return Libraries.add(session, List.of(arguments), dir, dir, pinnedOnly);
    }

    private Object value(String code) {
        List<Outcome> outcomes = session.eval(SnippetSource.of(code));
        assertThat(outcomes).hasSize(1);
        if (!(outcomes.get(0) instanceof Outcome.Value)) {
            throw new AssertionError(code + ": " + outcomes.get(0).describe());
        }
        return ((Outcome.Value) outcomes.get(0)).object();
    }

    @Test
    void anArtifactComesWithItsTransitiveDependencyAndBothAreImportable() throws Exception {
        Libraries.Added added = add(true, MavenRepoFixture.GREETER);

        assertThat(added.resolved()).extracting(a -> a.coordinates().toString())
                .containsExactly(MavenRepoFixture.GREETER, MavenRepoFixture.UTIL);
        assertThat(value("com.acme.greet.Greeter.twice(21)")).isEqualTo(42.0);
        session.eval(SnippetSource.of("import com.acme.util.Twice;"));
        assertThat(value("Twice.of(1.5)")).isEqualTo(3.0);
        // Resolved into the local repository the settings name, as Maven would.
        assertThat(repo.localRepository().resolve("com/acme/util/2.0/util-2.0.jar")).isRegularFile();
        assertThat(session.classPath()).extracting(ClassPathEntry::source)
                .containsExactly(MavenRepoFixture.GREETER, MavenRepoFixture.UTIL);
    }

    @Test
    void whatWasAddedStaysThroughAReset() throws Exception {
        add(true, MavenRepoFixture.GREETER);
        session.reset();
        assertThat(value("com.acme.greet.Greeter.greet(\"wb\")")).isEqualTo("hello, wb");
    }

    @Test
    void aMissingArtifactFailsWithOneLineNamingItAndAddsNothing() {
        assertThatThrownBy(() -> add(false, "com.acme:nope:1.0"))
                .isInstanceOf(Libraries.AddException.class)
                .hasMessageContaining("not found: com.acme:nope:1.0")
                .hasMessageContaining("test-repo")
                .hasMessageNotContaining("\n");
        assertThat(session.classPath()).isEmpty();
    }

    @Test
    void badCoordinatesSayWhatIsExpected() {
        assertThatThrownBy(() -> add(false, "com.acme::1.0"))
                .hasMessage("'com.acme::1.0' is not Maven coordinates: '' is not a valid artifact id"
                        + " (letters, digits, '.', '-' and '_')");
        assertThatThrownBy(() -> add(false, "a:b:c:d:e:f"))
                .hasMessageContaining("expected group:artifact:version");
    }

    @Test
    void aVersionRangeIsRefusedInAScriptForReproducibilityButResolvedAtThePrompt() throws Exception {
        assertThatThrownBy(() -> add(true, "com.acme:greeter:[1.0,2.0)"))
                .hasMessageContaining("version range [1.0,2.0)").hasMessageContaining("reproducibility");
        assertThatThrownBy(() -> add(true, "com.acme:greeter:LATEST"))
                .hasMessageContaining("LATEST").hasMessageContaining("reproducibility");
        Libraries.Added added = add(false, "com.acme:greeter:[1.0,2.0)");
        assertThat(added.resolved()).extracting(ResolvedArtifact::coordinates).map(Object::toString)
                .contains(MavenRepoFixture.GREETER);
    }

    @Test
    void offlineSettingsUseOnlyTheLocalRepository() throws Exception {
        repo.writeSettings(true);
        assertThatThrownBy(() -> add(true, MavenRepoFixture.GREETER))
                .hasMessageContaining("com.acme:greeter:1.0").hasMessageContaining("offline")
                .hasMessageNotContaining("\n");
        repo.writeSettings(false);
        add(true, MavenRepoFixture.GREETER); // now in the local repository
        repo.writeSettings(true);
        session.reset();
        Session again = Session.start(SessionSettings.defaults().withUserHome(repo.home()));
        try {
            assertThat(Libraries.add(again, List.of(MavenRepoFixture.GREETER), dir, dir, true).resolved()).hasSize(2);
        } finally {
            again.close();
        }
    }

    @Test
    void anUnreachableRepositorySaysSoInOneLine() throws Exception {
        // A mirror on a loopback port where nothing listens: the connection is refused at once.
        Files.writeString(repo.home().resolve(".m2/settings.xml"), "<settings><localRepository>"
                + repo.localRepository() + "</localRepository><mirrors><mirror><id>down</id><mirrorOf>*</mirrorOf>"
                + "<url>http://127.0.0.1:9/maven2/</url></mirror></mirrors></settings>");
        assertThatThrownBy(() -> add(true, MavenRepoFixture.GREETER))
                .hasMessageStartingWith("cannot reach down http://127.0.0.1:9/maven2/")
                .hasMessageNotContaining("\n");
    }

    @Test
    void theSettingsProxyIsTheOneConnectedTo() throws Exception {
        // The repository's host is never looked up: the request goes to the proxy, on a loopback
        // port where nothing listens, so the failure names the proxy's address.
        Files.writeString(repo.home().resolve(".m2/settings.xml"), "<settings><localRepository>"
                + repo.localRepository() + "</localRepository>"
                + "<proxies><proxy><id>p</id><active>true</active><protocol>http</protocol>"
                + "<host>127.0.0.1</host><port>9</port></proxy></proxies>"
                + "<mirrors><mirror><id>behind-proxy</id><mirrorOf>*</mirrorOf>"
                + "<url>http://repository.wb-test.invalid/maven2/</url></mirror></mirrors></settings>");
        assertThatThrownBy(() -> add(true, MavenRepoFixture.GREETER))
                .hasMessageStartingWith("cannot reach behind-proxy http://repository.wb-test.invalid/maven2/"
                        + " through the proxy 127.0.0.1:9: ConnectException")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aCorruptJarIsRefusedWhetherResolvedOrNamed() throws Exception {
        repo.publishCorruptJar();
        assertThatThrownBy(() -> add(true, "com.acme:broken:1.0"))
                .hasMessageContaining("com.acme:broken:1.0").hasMessageContaining("is not a readable jar")
                .hasMessageNotContaining("\n");
        Path jar = Files.writeString(dir.resolve("bad.jar"), "not a zip");
        assertThatThrownBy(() -> add(false, "bad.jar")).hasMessageContaining("bad.jar is not a readable jar");
        assertThatThrownBy(() -> add(false, "missing.jar")).hasMessageContaining("missing.jar does not exist");
        assertThat(jar).exists();
        assertThat(session.classPath()).isEmpty();
    }

    @Test
    void aJarOrAClassFolderCanBeAddedByPath() throws Exception {
        Path jar = repo.repository().resolve("com/acme/util/2.0/util-2.0.jar");
        Libraries.Added added = add(false, jar.toString());
        assertThat(added.resolved()).isEmpty();
        assertThat(value("com.acme.util.Twice.of(4)")).isEqualTo(8.0);
        Path classes = dir.resolve("build/greeter/classes");
        add(false, dir.relativize(classes).toString());
        assertThat(value("com.acme.greet.Greeter.twice(5)")).isEqualTo(10.0);
    }
}
