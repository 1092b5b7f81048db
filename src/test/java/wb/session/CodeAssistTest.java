package wb.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wb.session.fixture.DocFacade;

class CodeAssistTest extends OneSessionPerClass {
    private static final HelperDocs FIXTURE_DOCS = HelperDocs.of(List.of(
            new HelperDocs.Entry("DocFacade", "twice", "int twice(int x)", "Twice a number: 2·x."),
            new HelperDocs.Entry("DocFacade", "twice", "double[] twice(double... xs)", "Twice every entry.")));

    private static CodeAssist assist;

    @BeforeAll
    static void start() throws URISyntaxException {
        // The fixture is a library of the test's, on the snippets' class path as --class-path puts one.
        session.addToClassPath(new ClassPathEntry(
                Path.of(DocFacade.class.getProtectionDomain().getCodeSource().getLocation().toURI()), "--class-path"));
        assist = new CodeAssist(session, FIXTURE_DOCS);
        assist.warmUpInBackground();
        // JShell is not for concurrent use: evaluate only after the warm-up, as the REPL does.
        assist.awaitWarmUp();
        session.eval(SnippetSource.of("import static wb.session.fixture.DocFacade.*;"));
        session.eval(SnippetSource.of("String greeting = \"hello\";"));
    }

    @Test
    void completesJdkNamesFromTheirStart() {
        Completions completions = assist.complete("Math.ab", 7);
        assertThat(completions.anchor()).isEqualTo(5);
        assertThat(completions.candidates()).contains("abs(", "absExact(").doesNotHaveDuplicates();
    }

    @Test
    void completesStaticImportsAndMembersOfAnExpressionsValue() {
        assertThat(assist.complete("twi", 3).candidates()).containsExactly("twice(");
        Completions members = assist.complete("greeting.toUpperCase().len", 26);
        assertThat(members.anchor()).isEqualTo(23);
        assertThat(members.candidates()).containsExactly("length()");
    }

    @Test
    void completesTheLastSnippetOfSeveralOnALine() {
        String text = "int x = 1; greeting.char";
        Completions completions = assist.complete(text, text.length());
        assertThat(completions.anchor()).isEqualTo(text.indexOf("char"));
        assertThat(completions.candidates()).contains("charAt(", "chars()");
    }

    @Test
    void documentsAHelperInsideItsArgumentsFromTheIndex() {
        List<DocEntry> docs = assist.documentation("int y = twice(", 14);
        assertThat(docs).containsExactly(
                new DocEntry("int twice(int x)", "DocFacade", "Twice a number: 2·x."),
                new DocEntry("double[] twice(double... xs)", "DocFacade", "Twice every entry."));
        assertThat(assist.documentation("twice(3, ", 9)).hasSize(2);
    }

    @Test
    void documentsJdkMethodsByTheirSignaturesAndAHelperByName() {
        List<DocEntry> max = assist.documentation("Math.max(", 9);
        assertThat(max).extracting(DocEntry::signature)
                .containsExactly("int Math.max(int a, int b)", "long Math.max(long a, long b)",
                        "float Math.max(float a, float b)", "double Math.max(double a, double b)");
        assertThat(max).extracting(DocEntry::owner).containsOnly("Math");
        assertThat(assist.documentation("Math.sqrt")).extracting(DocEntry::signature)
                .containsExactly("double Math.sqrt(double a)");
        assertThat(assist.documentation("DocFacade.twice")).hasSize(2);
        assertThat(assist.documentation("noSuchThing")).isEmpty();
    }
}
