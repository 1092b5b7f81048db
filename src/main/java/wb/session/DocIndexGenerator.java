package wb.session;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import wb.io.AtomicFiles;

/**
 * The build step that writes the helpers' documentation index ({@link HelperDocs}) from the
 * javadoc of the facade classes' public static methods.
 *
 * <p>It parses the facades' sources with the JDK's compiler tree API (no compilation, no
 * annotation processing) and runs in {@code process-classes}, so the index lands in
 * {@code target/classes} and ships in the jar. Usage: {@code DocIndexGenerator SOURCE_ROOT
 * OUTPUT_FILE}; the facades are the ones a session imports ({@link Preloads#FACADES}), so /doc
 * documents exactly what a snippet can call unqualified.
 */
public final class DocIndexGenerator {
    private DocIndexGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: DocIndexGenerator SOURCE_ROOT OUTPUT_FILE"
                    + " (got " + args.length + " arguments)");
        }
        write(Path.of(args[0]), Preloads.FACADES, Path.of(args[1]));
    }

    /**
     * Writes the index of the named facades ({@code wb.api.Fits}), whose sources are under
     * {@code sourceRoot}, to {@code out}, atomically.
     *
     * @throws IllegalArgumentException when a facade's source is missing
     */
    static void write(Path sourceRoot, List<String> facades, Path out) throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String facade : facades) {
            Path source = sourceRoot.resolve(facade.replace('.', '/') + ".java");
            if (!Files.isRegularFile(source)) {
                throw new IllegalArgumentException("the facade " + facade + " has no source at " + source);
            }
            sources.add(source);
        }
        AtomicFiles.writeString(out, HelperDocs.encode(extract(sources)));
    }

    /**
     * The documented public static methods of the public top-level classes in some source files,
     * in source order.
     */
    public static List<HelperDocs.Entry> extract(List<Path> sources) throws IOException {
        if (sources.isEmpty()) {
            return List.of();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("the documentation index needs a JDK's compiler (javax.tools), not a JRE");
        }
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            JavacTask task = (JavacTask) compiler.getTask(null, files, d -> { },
                    List.of("-proc:none", "-encoding", "UTF-8"), null, units);
            DocTrees docTrees = DocTrees.instance(task);
            SourcePositions positions = docTrees.getSourcePositions();
            List<HelperDocs.Entry> entries = new ArrayList<>();
            for (CompilationUnitTree unit : task.parse()) {
                String text = unit.getSourceFile().getCharContent(true).toString();
                for (Tree type : unit.getTypeDecls()) {
                    if (!(type instanceof ClassTree)) {
                        continue;
                    }
                    ClassTree facade = (ClassTree) type;
                    if (!facade.getModifiers().getFlags().contains(Modifier.PUBLIC)) {
                        continue;
                    }
                    for (Tree member : facade.getMembers()) {
                        if (member instanceof MethodTree && isPublicStatic((MethodTree) member)) {
                            MethodTree method = (MethodTree) member;
                            DocCommentTree comment = docTrees.getDocCommentTree(TreePath.getPath(unit, method));
                            entries.add(new HelperDocs.Entry(facade.getSimpleName().toString(),
                                    method.getName().toString(),
                                    signature(method, unit, positions, text),
                                    comment == null ? "" : JavadocText.render(comment)));
                        }
                    }
                }
            }
            return entries;
        }
    }

    private static boolean isPublicStatic(MethodTree method) {
        return method.getModifiers().getFlags().containsAll(List.of(Modifier.PUBLIC, Modifier.STATIC));
    }

    /** The method's signature as written: {@code <T> Vec ridge(double lambda)}. */
    private static String signature(MethodTree method, CompilationUnitTree unit, SourcePositions positions,
                                    String text) {
        StringBuilder out = new StringBuilder();
        if (!method.getTypeParameters().isEmpty()) {
            out.append('<');
            out.append(method.getTypeParameters().stream()
                    .map((TypeParameterTree t) -> source(t, unit, positions, text))
                    .collect(Collectors.joining(", ")));
            out.append("> ");
        }
        out.append(source(method.getReturnType(), unit, positions, text)).append(' ')
                .append(method.getName()).append('(');
        List<String> params = new ArrayList<>();
        for (VariableTree param : method.getParameters()) {
            String written = source(param, unit, positions, text);
            params.add(written.startsWith("final ") ? written.substring("final ".length()) : written);
        }
        return out.append(String.join(", ", params)).append(')').toString();
    }

    private static String source(Tree tree, CompilationUnitTree unit, SourcePositions positions, String text) {
        long start = positions.getStartPosition(unit, tree);
        long end = positions.getEndPosition(unit, tree);
        if (start < 0 || end < start) {
            return tree.toString();
        }
        return text.substring((int) start, (int) end).replaceAll("\\s+", " ");
    }
}
