/**
 * Figures as snippets name them: {@link wb.plot.Figure} (a fluent builder of lines, markers,
 * contour lines and heatmaps), {@link wb.plot.Animation}, {@link wb.plot.Surface} and
 * {@link wb.plot.Display}, where a shown figure goes. This is the package a session imports;
 * the machinery lives below and beside it, in packages no snippet imports.
 *
 * <p>The package knows nothing of JShell or JLine. A figure renders from its
 * {@link wb.plot.Figure#spec() description}, an immutable {@link wb.plot.render.FigureSpec} that
 * {@code wb.plot.render} paints and encodes. Where it is shown is decided by the display it was
 * created with; the displays themselves are in {@code wb.plot.output}.
 */
package wb.plot;
