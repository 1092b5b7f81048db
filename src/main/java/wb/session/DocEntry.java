package wb.session;

/**
 * Documentation of one method or type, as the prompt shows it.
 *
 * @param signature how it is called, e.g. {@code Vec ridge(double lambda)}
 * @param owner     the class it belongs to, e.g. {@code Fits} (empty when unknown)
 * @param text      its javadoc as plain text: what it is, its formula, an example, its
 *                  parameters; empty when there is none
 */
public record DocEntry(String signature, String owner, String text) {
}
