package wb.deps;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Maven artifact's coordinates as a user types them: {@code group:artifact:version}, or with
 * an extension ({@code group:artifact:extension:version}) and a classifier
 * ({@code group:artifact:extension:classifier:version}).
 *
 * @param groupId    e.g. {@code com.fasterxml.jackson.core}
 * @param artifactId e.g. {@code jackson-databind}
 * @param extension  the file type, {@code jar} unless given
 * @param classifier empty unless given
 * @param version    a version, a range such as {@code [1.0,2.0)}, or {@code LATEST}/{@code RELEASE}
 */
public record Coordinates(String groupId, String artifactId, String extension, String classifier, String version) {
    /** Characters Maven allows in a group, artifact, extension or classifier. */
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.\\-]+");

    /**
     * Reads coordinates.
     *
     * @throws IllegalArgumentException saying what is wrong and what is expected
     */
    public static Coordinates parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length < 3 || parts.length > 5) {
            throw new IllegalArgumentException("'" + text + "' is not Maven coordinates: expected"
                    + " group:artifact:version, e.g. org.apache.commons:commons-math3:3.6.1");
        }
        String version = parts[parts.length - 1];
        for (int i = 0; i < parts.length - 1; i++) {
            if (!PART.matcher(parts[i]).matches() && !(i == 3 && parts[i].isEmpty())) {
                throw new IllegalArgumentException("'" + text + "' is not Maven coordinates: '" + parts[i]
                        + "' is not a valid " + partName(i, parts.length)
                        + " (letters, digits, '.', '-' and '_')");
            }
        }
        if (version.isBlank() || version.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("'" + text + "' has no version: expected group:artifact:version");
        }
        String extension = parts.length >= 4 ? parts[2] : "jar";
        String classifier = parts.length == 5 ? parts[3] : "";
        return new Coordinates(parts[0], parts[1], extension, classifier, version);
    }

    /** Whether a command's argument is meant as coordinates rather than a file: it has two colons. */
    public static boolean looksLikeCoordinates(String argument) {
        return argument.chars().filter(c -> c == ':').count() >= 2 && argument.indexOf('/') < 0
                && argument.indexOf('\\') < 0;
    }

    /**
     * Why these coordinates would not resolve to the same artifact on every run, if they would
     * not: a version range, or {@code LATEST}/{@code RELEASE}, which follow what a repository
     * holds today. Scripts refuse them; the prompt allows them and says what they resolved to.
     */
    public Optional<String> unpinned() {
        String upper = version.toUpperCase(Locale.ROOT);
        if (upper.equals("LATEST") || upper.equals("RELEASE")) {
            return Optional.of(version + " names whichever version the repository holds today, so the script"
                    + " could load another library on its next run; for reproducibility a script names one version,"
                    + " e.g. " + groupId + ":" + artifactId + ":1.2.3");
        }
        if (version.startsWith("[") || version.startsWith("(") || version.contains(",")) {
            return Optional.of("the version range " + version + " resolves to the newest matching version the"
                    + " repository holds today, so the script could load another library on its next run; for"
                    + " reproducibility a script names one version");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ("jar".equals(extension) && classifier.isEmpty() ? ""
                : ":" + extension + (classifier.isEmpty() ? "" : ":" + classifier)) + ":" + version;
    }

    private static String partName(int index, int count) {
        switch (index) {
            case 0: return "group id";
            case 1: return "artifact id";
            case 2: return "extension";
            default: return count == 5 ? "classifier" : "part";
        }
    }
}
