package wb.deps;

/** Artifacts could not be resolved; the message is one line saying what and why. */
public final class ResolutionException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String artifact;

    public ResolutionException(String message) {
        this(message, null);
    }

    /** @param artifact the {@code group:artifact} that failed, or null when not one artifact's fault */
    public ResolutionException(String message, String artifact) {
        super(message);
        this.artifact = artifact;
    }

    /** The {@code group:artifact} that failed, or null. */
    public String artifact() {
        return artifact;
    }
}
