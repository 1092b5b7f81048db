package wb.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seam between what a snippet sees and the engine room, checked in a real session: the
 * internals do not resolve, every helper the facades document compiles as its example shows, and
 * each function's documentation lists one entry per real variant.
 */
class SnippetSeamTest extends OneSessionPerClass {
    /**
     * Public classes that other wb packages use but that are no promise to users: the kernels,
     * formatting, the generator, the workers, and the displays' machinery.
     */
    private static final List<String> INTERNAL = List.of(
            "Gram", "Workers", "RendererWarmup", "TerminalRenderer",
            "OjAlgoPool", "Repr", "Fmt", "Rng", "Tridiagonal", "Checks", "LambdaBridge", "ProgressListener");

    /** The variables that the examples in the facades' javadoc assume. */
    private static final List<String> EXAMPLE_VARIABLES = List.of(
            "Dataset d = dataset(60, vec(4.0, 1.5), 0.5, 0.1);",
            "Dataset d1 = d;",
            "Split s = split(d, 0.5);",
            "Vec lams = logspace(-2, 4, 5);",
            "Vec wLs = normal();",
            "Vec w = vec(4.0, 1.5);",
            "double lambda = 1e3;",
            "double[] x = {0, 1, 2}, y = {1, 2, 4}, losses = {3, 2, 1}, xs = x, ys = y;",
            "double[][] z = {{0, 1, 2}, {1, 2, 3}, {2, 3, 4}};");

    private static final Pattern CODE = Pattern.compile("\\{@code ");

    /** How a helper's documentation says it works on the active data set (not that it makes one active). */
    private static final Pattern READS_ACTIVE = Pattern.compile("\\b(on|of) the active\\b|Active data set");

    @BeforeAll
    static void start() {
        for (String line : EXAMPLE_VARIABLES) {
            assertThat(eval(line)).as(line).noneMatch(Outcome::failed);
        }
    }

    private static List<Outcome> eval(String code) {
        return session.eval(new SnippetSource(code, "seam.jsh", 1, 1));
    }

    @Test
    void theEngineRoomsClassesAreCompileErrorsAtThePrompt() {
        List<String> resolved = new ArrayList<>();
        for (String name : INTERNAL) {
            List<Outcome> outcomes = eval(name + ".class");
            if (!(outcomes.size() == 1 && outcomes.get(0) instanceof Outcome.CompileError e
                    && e.message().contains("cannot find symbol"))) {
                resolved.add(name + ".class");
            }
        }
        assertThat(resolved).as("internal names that resolve in a session").isEmpty();
    }

    @Test
    void theWorkbenchsOwnLibrariesAreCompileErrorsButTheVocabularysAreNot() {
        for (String name : List.of("org.jline.terminal.Terminal", "picocli.CommandLine",
                "org.eclipse.aether.RepositorySystem", "org.apache.commons.csv.CSVFormat")) {
            assertThat(eval(name + ".class")).as(name).singleElement()
                    .isInstanceOfSatisfying(Outcome.CompileError.class, e -> assertThat(e.message()).contains("does not exist"));
        }
        // the types the vocabulary shows: Vec is an Access1D, a Figure has an XChart chart()
        assertThat(eval("org.ojalgo.structure.Access1D<?> a = vec(1, 2); a.count()"))
                .last().isInstanceOfSatisfying(Outcome.Value.class, v -> assertThat(v.text()).contains("2"));
        assertThat(eval("org.knowm.xchart.internal.chartpart.IChart chart = new Figure().chart();"))
                .noneMatch(Outcome::failed);
    }

    @Test
    void theVocabularyResolvesAtThePrompt() {
        for (String name : List.of("Vec", "Mat", "Dataset", "Grid", "Split", "RegularizationPath", "Shrinkage",
                "Trajectory", "ValidationCurve", "CrossValidation", "Figure", "Animation", "Surface", "Display")) {
            assertThat(eval(name + ".class")).as(name).singleElement().isInstanceOf(Outcome.Value.class);
        }
    }

    @Test
    void everyDocumentedHelperCompilesAsItsExampleShows() throws IOException {
        Map<String, List<String>> examples = examples();
        assertThat(examples.keySet()).containsAll(HelperDocs.load().names());
        List<String> problems = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, List<String>> e : examples.entrySet()) {
            for (String example : e.getValue()) {
                // a method body compiles the example without running it (no windows, no files)
                String body = example.endsWith(";") || example.endsWith("}") ? example : example + ";";
                List<Outcome> outcomes = eval("void example" + (k++) + "() { " + body + " }");
                for (Outcome o : outcomes) {
                    if (o instanceof Outcome.CompileError c) {
                        problems.add(e.getKey() + ": " + example + " -> " + c.message());
                    } else if (o instanceof Outcome.Declared d && !d.unresolved().isEmpty()) {
                        problems.add(e.getKey() + ": " + example + " -> unresolved " + d.unresolved());
                    }
                }
            }
        }
        assertThat(k).isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    @Test
    void aFunctionsDocumentationListsOneEntryPerWayOfPassingItsArguments() {
        HelperDocs docs = HelperDocs.load();
        for (String name : List.of("wd", "ls", "mse", "objectiveLs", "objectiveMse", "gradLs", "gradMse",
                "gradObjectiveLs", "gradObjectiveMse")) {
            assertThat(docs.lookup(name)).as("/doc " + name).hasSizeLessThanOrEqualTo(4);
        }
        assertThat(docs.lookup("ls")).extracting(HelperDocs.Entry::signature).containsExactly(
                "double ls(double... w)", "double ls(Access1D<?> w)",
                "double ls(Dataset d, double... w)", "double ls(Dataset d, Access1D<?> w)");
    }

    @Test
    void everyFunctionOnTheActiveDataSetAlsoTakesADataSetFirst() {
        HelperDocs docs = HelperDocs.load();
        // by design (the facades' class docs say so): d.x(), d.y(), validation(s, ...) and contour(f, at, ...) are their forms
        Set<String> exempt = Set.of("data", "X", "y", "validation", "contour");
        Set<String> missing = new TreeSet<>();
        for (String name : docs.names()) {
            List<HelperDocs.Entry> entries = docs.lookup(name);
            boolean readsActive = entries.stream().anyMatch(e -> READS_ACTIVE.matcher(e.text()).find());
            boolean takesData = entries.stream().anyMatch(e -> e.signature().contains("(Dataset d"));
            if (readsActive && !takesData && !exempt.contains(name)) {
                missing.add(name);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aNullVecNamesTheWeightsInsteadOfANullPointerException() {
        assertThat(eval("Vec none = null;")).noneMatch(Outcome::failed);
        assertThat(eval("ls(none)")).singleElement().isInstanceOfSatisfying(Outcome.RuntimeError.class, e -> {
            assertThat(e.exceptionType()).isEqualTo("java.lang.IllegalArgumentException");
            assertThat(e.message()).startsWith("w is null; pass one, e.g. vec(4.0, 1.5)");
        });
    }

    @Test
    void anOjAlgoVectorIsTakenWhereverWeightsAre() {
        List<Outcome> outcomes = eval("ls(org.ojalgo.matrix.MatrixR064.FACTORY.column(4.0, 1.5)) == ls(4.0, 1.5)");
        assertThat(outcomes).singleElement().isInstanceOfSatisfying(Outcome.Value.class,
                v -> assertThat(v.object()).isEqualTo(true));
    }

    /**
     * The examples of each helper, by name: every {@code {@code ...}} on an "Example:" line of the
     * facades' javadoc that is code (it calls something), HTML entities decoded.
     */
    private static Map<String, List<String>> examples() throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String facade : Preloads.FACADES) {
            Path source = Path.of("src/main/java", facade.replace('.', '/') + ".java");
            String pending = null;
            List<String> found = new ArrayList<>();
            for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (t.startsWith("*") && t.contains("Example:")) {
                    found.addAll(codeSpans(t));
                } else if (t.startsWith("public static")) {
                    Matcher m = Pattern.compile("(\\w+)\\(").matcher(t.substring(0, t.indexOf('(') + 1));
                    if (m.find()) {
                        pending = m.group(1);
                        out.computeIfAbsent(pending, n -> new ArrayList<>()).addAll(found);
                    }
                    found.clear();
                }
            }
        }
        return out;
    }

    private static List<String> codeSpans(String line) {
        List<String> spans = new ArrayList<>();
        Matcher m = CODE.matcher(line);
        while (m.find()) {
            int depth = 1;
            int i = m.end();
            StringBuilder code = new StringBuilder();
            for (; i < line.length() && depth > 0; i++) {
                char c = line.charAt(i);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth > 0) {
                    code.append(c);
                }
            }
            String text = code.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            if (text.matches("^[A-Za-z_][\\w.]*\\s*\\(.*|^var .*|^[A-Z]\\w* \\w+ = .*")) {
                spans.add(text);
            }
        }
        return spans;
    }
}
