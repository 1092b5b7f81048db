/**
 * Where shown figures go: the {@link wb.plot.Display}s a session chooses from (windows, the
 * terminal, numbered files, and two at once), the windows and how the mouse explores them, and
 * the warm-up of the renderer. No snippet imports this package; it sits above {@code wb.plot},
 * whose figures and animations it shows, and reads them through {@code wb.plot.render}.
 */
package wb.plot.output;
