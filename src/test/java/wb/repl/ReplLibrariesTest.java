package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import wb.deps.MavenRepoFixture;
import wb.session.SessionSettings;

/** {@code /add} and {@code /classpath} at the prompt, against a Maven repository on disk. */
class ReplLibrariesTest extends AtTheDumbPrompt {
    private MavenRepoFixture repo;

    /** A REPL whose user home's Maven settings point at a repository made for the test. */
    @Override
    ReplHarness startRepl() throws Exception {
        repo = MavenRepoFixture.create(dir);
        return new ReplHarness(dir.resolve("state/history"), dir, SessionSettings.defaults().withUserHome(repo.home()),
                List.of());
    }

    @Test
    void addMakesAnArtifactAndItsDependencyImportableAndCompletionSeesTheirClasses() throws Exception {
        repl.type("/add " + MavenRepoFixture.GREETER + "\n")
                .expect("added com.acme:greeter:1.0, com.acme:util:2.0  (/classpath lists the files)\n");
        repl.type("import com.acme.greet.Greeter;\n");
        repl.type("Greeter.greet(\"you\")\n").expectMatch("\\$\\d+ ==> \"hello, you\"\n");
        repl.type("import com.acme.util.*;\n");
        repl.type("Twice.of(21)\n").expectMatch("\\$\\d+ ==> 42.0\n");
        // Completion: a package of the dependency, a class of the artifact, a method of it.
        repl.type("com.acme.ut\tTwi\t.o\t3)\n").expectMatch("\\$\\d+ ==> 6.0\n");
        repl.type("Greeter.gre\t\"tab\")\n").expectMatch("\\$\\d+ ==> \"hello, tab\"\n");
        repl.type("/doc Greeter.greet\n").expect("String Greeter.greet(String)\n");
        repl.type("/classpath\n").expect("  com.acme:greeter:1.0  " + repo.localRepository()
                .resolve("com/acme/greeter/1.0/greeter-1.0.jar") + "\n");
    }

    @Test
    void eachFailureIsOneLineAndTheSessionGoesOn() throws Exception {
        repl.type("int kept = 5;\n").expect("kept ==> 5\n");
        repl.type("/add com.acme:nope:1.0\n").expect("error: not found: com.acme:nope:1.0 is in no repository (test-repo ");
        repl.type("/add com.acme\n").expect("error: ");
        repl.type("/add com.acme:greeter\n").expect("error: ");
        Files.writeString(dir.resolve("broken.jar"), "not a zip");
        repl.type("/add broken.jar\n").expect("error: " + dir.resolve("broken.jar") + " is not a readable jar (");
        repl.type("/classpath\n").expect("nothing added yet");
        repl.type("kept\n").expect("kept ==> 5\n");
        assertThat(repl.output()).doesNotContain("Exception\n\tat ");
    }

    @Test
    void aVersionRangeResolvesAtThePromptSaysToWhatAndIsSavedAsThatVersion() throws Exception {
        repl.type("/add com.acme:greeter:[1.0,2.0)\n").expect("added com.acme:greeter:1.0, com.acme:util:2.0");
        repl.type("/save saved.jsh\n").expect("saved 0 snippets and 1 command to saved.jsh\n");
        // A script refuses a range (it could load another version next time); the pinned version it takes.
        assertThat(Files.readString(dir.resolve("saved.jsh"))).isEqualTo("/add com.acme:greeter:1.0\n");
    }

    @Test
    void addTakesAClassFolderAndAJar() throws Exception {
        repl.type("/add build/util/classes " + repo.repository().resolve("com/acme/greeter/1.0/greeter-1.0.jar") + "\n")
                .expect("added " + dir.resolve("build/util/classes"));
        repl.type("com.acme.greet.Greeter.twice(4)\n").expectMatch("\\$\\d+ ==> 8.0\n");
    }
}
