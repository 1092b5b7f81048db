package wb.deps;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A Maven repository on disk, in Maven's real layout, for tests that must never reach the
 * network: {@code com.acme:greeter:1.0}, whose POM declares a dependency on
 * {@code com.acme:util:2.0}, each a jar of classes compiled here; and a user home whose
 * {@code .m2/settings.xml} mirrors every repository to it, with an empty local repository.
 *
 * <p>{@code com.acme.greet.Greeter.greet(String)} returns {@code "hello, NAME"} and
 * {@code Greeter.twice(double)} calls {@code com.acme.util.Twice.of(double)} (2x), so a call
 * through the first jar needs the second.
 *
 * @param repository the repository's folder
 * @param home       the user home whose {@code .m2} points at the repository
 */
public record MavenRepoFixture(Path repository, Path home) {
    public static final String GREETER = "com.acme:greeter:1.0";
    public static final String UTIL = "com.acme:util:2.0";

    /** Builds the repository and the home under a folder. */
    public static MavenRepoFixture create(Path dir) throws IOException {
        Path repo = dir.resolve("repo");
        Path home = dir.resolve("home");
        Path build = dir.resolve("build");
        Path utilClasses = compile(build.resolve("util"), List.of(), "com.acme.util.Twice",
                "package com.acme.util; public final class Twice {"
                        + " public static double of(double x) { return 2 * x; } }");
        Path greeterClasses = compile(build.resolve("greeter"), List.of(utilClasses), "com.acme.greet.Greeter",
                "package com.acme.greet; public final class Greeter {"
                        + " public static String greet(String name) { return \"hello, \" + name; }"
                        + " public static double twice(double x) { return com.acme.util.Twice.of(x); } }");
        publish(repo, "com.acme", "util", "2.0", utilClasses, "");
        publish(repo, "com.acme", "greeter", "1.0", greeterClasses,
                "<dependencies><dependency><groupId>com.acme</groupId><artifactId>util</artifactId>"
                        + "<version>2.0</version></dependency></dependencies>");
        MavenRepoFixture fixture = new MavenRepoFixture(repo, home);
        fixture.writeSettings(false);
        return fixture;
    }

    /** The local repository the home's settings name (empty until something is resolved). */
    public Path localRepository() {
        return home.resolve("m2-local");
    }

    /**
     * Writes the home's settings.xml: every repository mirrored to the file repository, a local
     * repository of its own, and offline as given.
     */
    public void writeSettings(boolean offline) throws IOException {
        Files.createDirectories(home.resolve(".m2"));
        Files.writeString(home.resolve(".m2/settings.xml"), "<settings>\n"
                + "  <localRepository>" + localRepository() + "</localRepository>\n"
                + "  <offline>" + offline + "</offline>\n"
                + "  <mirrors><mirror><id>test-repo</id><mirrorOf>*</mirrorOf>"
                + "<url>" + repository.toUri() + "</url></mirror></mirrors>\n"
                + "</settings>\n", StandardCharsets.UTF_8);
    }

    /** Writes a jar that is not a zip file into the repository as {@code com.acme:broken:1.0}. */
    public void publishCorruptJar() throws IOException {
        Path dir = repository.resolve("com/acme/broken/1.0");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("broken-1.0.pom"), pom("com.acme", "broken", "1.0", ""));
        Files.writeString(dir.resolve("broken-1.0.jar"), "this is not a zip file");
    }

    private static Path compile(Path dir, List<Path> classPath, String className, String source) throws IOException {
        Path src = dir.resolve("src/" + className.replace('.', '/') + ".java");
        Path classes = dir.resolve("classes");
        Files.createDirectories(src.getParent());
        Files.createDirectories(classes);
        Files.writeString(src, source, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String cp = String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList());
        int status = javac.run(null, null, null, "--release", "17", "-d", classes.toString(),
                "-cp", cp.isEmpty() ? "." : cp, src.toString());
        if (status != 0) {
            throw new IllegalStateException("javac failed on " + className);
        }
        return classes;
    }

    private static void publish(Path repo, String group, String artifact, String version, Path classes,
                                String dependencies) throws IOException {
        Path dir = repo.resolve(group.replace('.', '/')).resolve(artifact).resolve(version);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(artifact + "-" + version + ".pom"), pom(group, artifact, version, dependencies));
        try (OutputStream file = Files.newOutputStream(dir.resolve(artifact + "-" + version + ".jar"));
             JarOutputStream jar = new JarOutputStream(file);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                jar.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(f));
                jar.closeEntry();
            }
        }
        // The artifact's version list, which version ranges are resolved against.
        Files.writeString(dir.getParent().resolve("maven-metadata.xml"), "<metadata><groupId>" + group
                + "</groupId><artifactId>" + artifact + "</artifactId><versioning><latest>" + version
                + "</latest><release>" + version + "</release><versions><version>" + version
                + "</version></versions><lastUpdated>20260101000000</lastUpdated></versioning></metadata>\n");
    }

    private static String pom(String group, String artifact, String version, String dependencies) {
        return "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
                + "  <modelVersion>4.0.0</modelVersion>\n"
                + "  <groupId>" + group + "</groupId><artifactId>" + artifact + "</artifactId>"
                + "<version>" + version + "</version>\n"
                + "  " + dependencies + "\n"
                + "</project>\n";
    }
}
