package wb.deps;

/** Artifacts could not be resolved; the message is one line saying what and why. */
public final class ResolutionException extends Exception {
    private static final long serialVersionUID = 1L;

    public ResolutionException(String message) {
        super(message);
    }
}
