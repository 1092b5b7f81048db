package wb.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wb.deps.Coordinates;
import wb.deps.MavenResolver;
import wb.deps.ResolutionException;
import wb.deps.ResolvedArtifact;

/**
 * What {@code /add} does, at the prompt and in scripts alike: Maven coordinates are resolved with
 * their runtime dependencies ({@link MavenResolver}), paths name jars or class folders, and all of
 * them go on the session's class path together, or none does.
 */
public final class Libraries {
    /**
     * What {@code /add} added.
     *
     * @param resolved the Maven artifacts resolved, with their exact versions (empty for paths only)
     * @param entries  what went on the class path, in order (nothing already there)
     * @param replay   the arguments as a saved script repeats them: coordinates with the version
     *                 a range or {@code LATEST} resolved to, a path made absolute, so that the
     *                 script adds the same wherever and whenever it is opened
     */
    public record Added(List<ResolvedArtifact> resolved, List<ClassPathEntry> entries, List<String> replay) {
    }

    /** {@code /add} could not add what it was given; nothing was added. */
    public static final class AddException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String argument;

        AddException(String message, String argument) {
            super(message);
            this.argument = argument;
        }

        /** The argument at fault, for its column, or null when the fault is not one argument's. */
        public String argument() {
            return argument;
        }
    }

    private Libraries() {
    }

    /**
     * Adds Maven artifacts and jars or class folders to a session's class path.
     *
     * @param arguments    {@code group:artifact:version} coordinates and paths, in any mix
     * @param baseDir      where a relative path is looked for first (the folder of the script that
     *                     says {@code /add}), then in {@code workingDir}
     * @param pinnedOnly   refuse version ranges and {@code LATEST}/{@code RELEASE}, as a script
     *                     must, for reproducibility
     */
    public static Added add(Session session, List<String> arguments, Path baseDir, Path workingDir,
                            boolean pinnedOnly) throws AddException {
        if (arguments.isEmpty()) {
            throw new AddException(Command.ADD + " needs Maven coordinates or a jar or class folder, e.g. "
                    + Command.ADD + " org.apache.commons:commons-math3:3.6.1 or " + Command.ADD + " lib/mine.jar", null);
        }
        List<Coordinates> coordinates = new ArrayList<>();
        List<ClassPathEntry> entries = new ArrayList<>();
        List<String> replay = new ArrayList<>();
        Map<Integer, Coordinates> unpinned = new HashMap<>();
        for (String argument : arguments) {
            Path local = locate(argument, baseDir, workingDir);
            if (local == null) {
                throw new AddException("'" + argument + "' is neither Maven coordinates (group:artifact:version)"
                        + " nor a valid path", argument);
            }
            if (Coordinates.looksLikeCoordinates(argument) && !Files.exists(local)) {
                Coordinates c;
                try {
                    c = Coordinates.parse(argument);
                } catch (IllegalArgumentException e) {
                    throw new AddException(e.getMessage(), argument);
                }
                if (pinnedOnly && c.unpinned().isPresent()) {
                    throw new AddException(argument + ": " + c.unpinned().get(), argument);
                }
                coordinates.add(c);
                replay.add(argument);
                if (c.unpinned().isPresent()) {
                    unpinned.put(replay.size() - 1, c);
                }
            } else {
                try {
                    ClassPathEntry.check(local);
                } catch (IllegalArgumentException e) {
                    throw new AddException(e.getMessage(), argument);
                }
                entries.add(new ClassPathEntry(local, Command.ADD + " " + argument));
                replay.add(local.toString());
            }
        }
        List<ResolvedArtifact> resolved = List.of();
        if (!coordinates.isEmpty()) {
            try {
                resolved = new MavenResolver(session.settings().userHome()).resolve(coordinates);
            } catch (ResolutionException e) {
                throw new AddException(e.getMessage(), argumentFor(e.artifact(), arguments));
            }
            List<ClassPathEntry> artifacts = new ArrayList<>();
            for (ResolvedArtifact artifact : resolved) {
                if (!"jar".equals(artifact.coordinates().extension())) {
                    continue; // a POM-only artifact, such as a BOM, brings nothing to load
                }
                try {
                    ClassPathEntry.check(artifact.file());
                } catch (IllegalArgumentException e) {
                    throw new AddException(artifact.coordinates() + ": " + e.getMessage(), null);
                }
                artifacts.add(new ClassPathEntry(artifact.file().toAbsolutePath(), artifact.coordinates().toString()));
            }
            entries.addAll(0, artifacts);
            // A range or LATEST is saved as the version it resolved to, which a script accepts.
            for (Map.Entry<Integer, Coordinates> u : unpinned.entrySet()) {
                Coordinates c = u.getValue();
                resolved.stream().map(ResolvedArtifact::coordinates)
                        .filter(r -> r.groupId().equals(c.groupId()) && r.artifactId().equals(c.artifactId())
                                && r.extension().equals(c.extension()) && r.classifier().equals(c.classifier()))
                        .findFirst().ifPresent(r -> replay.set(u.getKey(), r.toString()));
            }
        }
        List<ClassPathEntry> added = new ArrayList<>();
        List<Path> before = session.classPath().stream().map(ClassPathEntry::path).toList();
        for (ClassPathEntry entry : entries) {
            if (!before.contains(entry.path()) && added.stream().noneMatch(a -> a.path().equals(entry.path()))) {
                session.addToClassPath(entry);
                added.add(entry);
            }
        }
        return new Added(resolved, added, List.copyOf(replay));
    }

    /** The argument that asked for {@code group:artifact}, or null (a transitive dependency's fault). */
    private static String argumentFor(String artifact, List<String> arguments) {
        if (artifact == null) {
            return null;
        }
        return arguments.stream().filter(a -> a.startsWith(artifact + ":")).findFirst().orElse(null);
    }

    /** The path an argument names, or null when it cannot be a path. */
    private static Path locate(String argument, Path baseDir, Path workingDir) {
        Path named;
        try {
            named = Path.of(argument);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        if (named.isAbsolute()) {
            return named.normalize();
        }
        Path nearScript = baseDir.resolve(named);
        return (Files.exists(nearScript) ? nearScript : workingDir.resolve(named)).toAbsolutePath().normalize();
    }
}
