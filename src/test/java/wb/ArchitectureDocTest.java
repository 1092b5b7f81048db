package wb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md's table of packages, held against what the sources under src/main refer
 * to: their imports and the fully qualified names in their code (comments and strings aside).
 * The table is the layering's only statement, so a new upward import, or a row that names an
 * import no longer there, fails here rather than drifting.
 */
class ArchitectureDocTest {
    private static final Path DOC = Path.of("docs", "architecture.md");
    private static final Path SOURCES = Path.of("src", "main", "java");

    /** The libraries the table names, each with the package prefixes of its classes. */
    private static final Map<String, List<String>> LIBRARIES = Map.ofEntries(
            Map.entry("ojAlgo", List.of("org.ojalgo.")),
            Map.entry("commons-csv", List.of("org.apache.commons.csv.")),
            Map.entry("JLine", List.of("org.jline.")),
            Map.entry("JeroMQ", List.of("org.zeromq.")),
            Map.entry("Gson", List.of("com.google.gson.")),
            Map.entry("XChart", List.of("org.knowm.xchart.")),
            Map.entry("pdfbox-graphics2d", List.of("de.rototor.pdfbox.", "org.apache.pdfbox.")),
            Map.entry("animated-gif-lib", List.of("com.madgag.gif.")),
            Map.entry("ASM", List.of("org.objectweb.asm.")),
            Map.entry("picocli", List.of("picocli.")),
            Map.entry("Maven Resolver", List.of("org.eclipse.aether.", "org.apache.maven.resolver.")),
            Map.entry("Maven's settings builder", List.of("org.apache.maven.settings.")));

    /** Packages of the JDK itself (its modules, the compiler's tree API among them). */
    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "org.w3c.",
            "org.xml.");

    /** The roots a qualified name in code must start with to count: a variable's field chain does not. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "\\b((?:wb|java|javax|jdk|sun|com|org|de|picocli)(?:\\.[a-z_][a-z0-9_]*)*)\\.[A-Z]");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+?)(?:\\.\\*)?;");
    private static final Pattern ROW = Pattern.compile("^\\| `(wb[a-z.]*)` \\| (.*) \\| (.*) \\|$");
    private static final Pattern BACKTICKED_WB = Pattern.compile("`(wb(?:\\.[a-z]+)*)`");

    /** A row of the table: a package and what it may import, as the table says it. */
    record Row(String pkg, Set<String> wbPackages, Set<String> libraries, boolean everythingBelow) {
    }

    /** A reference from a source file to a package: where, and to what. */
    record Reference(String file, int line, String pkg) {
        @Override
        public String toString() {
            return file + ":" + line + " refers to " + pkg;
        }
    }

    private static List<Row> rows;
    private static Map<String, List<Reference>> referencesByPackage;

    @BeforeAll
    static void read() throws IOException {
        rows = table(Files.readAllLines(DOC));
        referencesByPackage = references();
    }

    @Test
    void theTableHasOneRowForEachPackageOfTheSources() {
        assertThat(rows.stream().map(Row::pkg)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(referencesByPackage.keySet());
    }

    @Test
    void eachRowMayImportOnlyPackagesInRowsBelowIt() {
        List<String> upward = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Set<String> below = rows.subList(i + 1, rows.size()).stream().map(Row::pkg).collect(Collectors.toSet());
            for (String p : rows.get(i).wbPackages()) {
                if (!below.contains(p)) {
                    upward.add(rows.get(i).pkg() + " may import " + p + ", which is not below it");
                }
            }
        }
        assertThat(upward).isEmpty();
    }

    @Test
    void eachPackageRefersOnlyToWhatItsRowAllows() {
        List<String> disallowed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Set<String> wbAllowed = allowedWbPackages(i);
            List<String> prefixes = allowedLibraries(i).stream().flatMap(l -> LIBRARIES.get(l).stream()).toList();
            for (Reference r : referencesByPackage.getOrDefault(row.pkg(), List.of())) {
                boolean allowed = r.pkg().equals(row.pkg()) || isJdk(r.pkg())
                        || (r.pkg().startsWith("wb.") ? wbAllowed.contains(r.pkg())
                        : prefixes.stream().anyMatch((r.pkg() + ".")::startsWith));
                if (!allowed) {
                    disallowed.add(r.toString());
                }
            }
        }
        assertThat(disallowed).as("references that docs/architecture.md's table does not allow").isEmpty();
    }

    @Test
    void eachImportARowNamesIsOneItsPackageMakes() {
        List<String> stale = new ArrayList<>();
        for (Row row : rows) {
            if (row.everythingBelow()) {
                continue;
            }
            Set<String> used = referencesByPackage.getOrDefault(row.pkg(), List.of()).stream().map(Reference::pkg)
                    .collect(Collectors.toSet());
            for (String p : row.wbPackages()) {
                if (!used.contains(p)) {
                    stale.add(row.pkg() + " is said to import " + p + " but does not");
                }
            }
            for (String library : row.libraries()) {
                if (used.stream().noneMatch(u -> LIBRARIES.get(library).stream().anyMatch((u + ".")::startsWith))) {
                    stale.add(row.pkg() + " is said to import " + library + " but does not");
                }
            }
        }
        assertThat(stale).isEmpty();
    }

    @Test
    void theReferencesAreReadFromImportsAndQualifiedNamesButNotFromCommentsOrStrings() {
        String source = """
                package wb.x;
                import static wb.api.Data.*;
                import java.util.List;
                import org.jline.reader.*;
                /** See {@link wb.cli.Main}. */
                class A {
                    // wb.repl.Repl is named here only
                    String s = "wb.session.Session";
                    Object o = new wb.io.AtomicFiles();
                    int n = this.out.Value;
                }
                """;
        assertThat(referencedPackages(source).stream().map(Reference::pkg))
                .containsExactly("wb.api", "java.util", "org.jline.reader", "wb.io");
    }

    private static Set<String> allowedWbPackages(int i) {
        Row row = rows.get(i);
        if (!row.everythingBelow()) {
            return row.wbPackages();
        }
        return rows.subList(i + 1, rows.size()).stream().map(Row::pkg).collect(Collectors.toSet());
    }

    private static Set<String> allowedLibraries(int i) {
        Set<String> libraries = new LinkedHashSet<>(rows.get(i).libraries());
        if (rows.get(i).everythingBelow()) {
            for (int j = i + 1; j < rows.size(); j++) {
                libraries.addAll(allowedLibraries(j));
            }
        }
        return libraries;
    }

    private static boolean isJdk(String pkg) {
        return JDK.stream().anyMatch((pkg + ".")::startsWith);
    }

    /** The rows of the first table whose first column is a backticked wb package. */
    private static List<Row> table(List<String> lines) {
        List<Row> found = new ArrayList<>();
        for (String line : lines) {
            Matcher m = ROW.matcher(line);
            if (!m.matches()) {
                if (!found.isEmpty()) {
                    break;
                }
                continue;
            }
            String cell = m.group(3);
            Set<String> wb = new LinkedHashSet<>();
            Matcher b = BACKTICKED_WB.matcher(cell);
            while (b.find()) {
                wb.add(b.group(1));
            }
            // A parenthesis says what for ("`wb.numeric.kernel` (progress, the ojAlgo pool)"), not what more.
            String outsideParentheses = cell.replaceAll("\\([^)]*\\)", "");
            Set<String> libraries = new TreeSet<>();
            for (String library : LIBRARIES.keySet()) {
                if (outsideParentheses.contains(library)) {
                    libraries.add(library);
                }
            }
            found.add(new Row(m.group(1), wb, libraries, cell.startsWith("everything below")));
        }
        assertThat(found).as("the package table of " + DOC).isNotEmpty();
        return found;
    }

    /** Each package of src/main (a folder holding .java files), with what its files refer to. */
    private static Map<String, List<Reference>> references() throws IOException {
        Map<String, List<Reference>> byPackage = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                List<Reference> found = byPackage.computeIfAbsent(pkg, k -> new ArrayList<>());
                for (Reference r : referencedPackages(Files.readString(file))) {
                    found.add(new Reference(file.toString(), r.line(), r.pkg()));
                }
            }
        }
        return byPackage;
    }

    /** The packages a source text refers to, each with its line, in order. */
    static List<Reference> referencedPackages(String source) {
        String code = withoutCommentsAndStrings(source);
        Map<Integer, String> byOffset = new TreeMap<>();
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            byOffset.put(imports.start(), packageOf(imports.group(1)));
        }
        Matcher qualified = QUALIFIED.matcher(code);
        while (qualified.find()) {
            int lineStart = code.lastIndexOf('\n', qualified.start()) + 1;
            boolean inImportOrPackage = code.startsWith("import ", lineStart) || code.startsWith("package ", lineStart);
            if (!inImportOrPackage && qualified.group(1).contains(".")) {
                byOffset.put(qualified.start(), qualified.group(1));
            }
        }
        List<Reference> refs = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        byOffset.forEach((offset, pkg) -> {
            if (seen.putIfAbsent(pkg, true) == null) {
                refs.add(new Reference("", lineOf(code, offset), pkg));
            }
        });
        return refs;
    }

    /** The package part of an imported name: the segments before the first capitalised one. */
    private static String packageOf(String name) {
        String[] parts = name.split("\\.");
        StringBuilder pkg = new StringBuilder();
        for (String part : parts) {
            if (Character.isUpperCase(part.charAt(0))) {
                break;
            }
            pkg.append(pkg.length() == 0 ? "" : ".").append(part);
        }
        return pkg.toString();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int nl = text.indexOf('\n'); nl >= 0 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
            line++;
        }
        return line;
    }

    /**
     * The source with comments, string, text-block and char literals blanked out, newlines kept,
     * so that offsets and lines still match the file.
     */
    static String withoutCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            String end = s.startsWith("//", i) ? "\n" : s.startsWith("/*", i) ? "*/"
                    : s.startsWith("\"\"\"", i) ? "\"\"\"" : s.charAt(i) == '"' ? "\"" : s.charAt(i) == '\'' ? "'" : null;
            if (end == null) {
                out.append(s.charAt(i++));
                continue;
            }
            int from = i + (end.equals("\n") ? 2 : end.length() == 2 ? 2 : end.length());
            int close = from;
            while (close < s.length() && !s.startsWith(end, close)) {
                close += s.charAt(close) == '\\' && !end.equals("\n") && !end.equals("*/") ? 2 : 1;
            }
            int stop = Math.min(s.length(), end.equals("\n") ? close : close + end.length());
            for (int k = i; k < stop; k++) {
                out.append(s.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = stop;
        }
        return out.toString();
    }
}
