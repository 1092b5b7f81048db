/**
 * A figure's immutable description and its rendering, as XChart's {@code internal.chartpart}
 * is to its charts: the series records ({@link wb.plot.render.Line}, {@link wb.plot.render.Scatter},
 * {@link wb.plot.render.Contour}, {@link wb.plot.render.Heatmap}) in a
 * {@link wb.plot.render.FigureSpec}; the scene, layout, ticks, text, contours, colormaps and
 * painters that draw it with matplotlib's look; and its encodings: PNG, JPEG, SVG and PDF files,
 * animated GIF, braille text, sixel and kitty images.
 *
 * <p>No snippet imports this package, and it imports nothing of {@code wb.plot}: it is below the
 * vocabulary, which builds descriptions and hands them here. Every rendering is deterministic.
 */
package wb.plot.render;
