/**
 * Figures: a fluent {@link wb.plot.Figure} description of lines, markers, contour lines and
 * heatmaps, rendered with a matplotlib-like white theme to images, SVG, PDF, windows and the
 * terminal.
 *
 * <p>The package knows nothing of JShell or JLine. A figure is plain data (arrays, functions
 * sampled when the figure is built) plus options; it renders deterministically on demand through
 * the {@link org.knowm.xchart.internal.chartpart.IChart} contract that XChart's encoders take.
 * Where it is shown is decided by the {@link wb.plot.Display} it was created with.
 */
package wb.plot;
