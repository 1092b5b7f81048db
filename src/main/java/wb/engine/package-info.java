/**
 * The warm engine's side that needs nothing of wb: the wire protocol between the {@code wb}
 * command and a resident engine JVM, the per-user directory where engines listen, the key that
 * says which engine may serve a run, and the thin client itself.
 *
 * <p>This package imports only the JDK, so that the client JVM loads a few dozen classes of it
 * and starts in tens of milliseconds. The engine's server, which runs wb's commands, is
 * {@code wb.cli.EngineServer}.
 */
package wb.engine;
