package wb.plot.render;

import java.awt.Graphics2D;
import org.knowm.xchart.internal.chartpart.IChart;

/**
 * A figure seen as an XChart chart: the {@link IChart} rendering contract that XChart's bitmap,
 * SVG and PDF encoders take, painting the figure with wb's own painter.
 */
public final class FigureChart implements IChart {

    private final FigureSpec figure;
    private final double quantum;

    /** The chart of {@code figure} as a raster encoder draws it. */
    public FigureChart(FigureSpec figure) {
        this(figure, 0);
    }

    /** A chart whose coordinates are rounded to {@code quantum} pixels (vector output). */
    FigureChart(FigureSpec figure, double quantum) {
        this.figure = figure;
        this.quantum = quantum;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        Painter.paint(g, figure, width, height, quantum);
    }

    @Override
    public int getWidth() {
        return figure.width();
    }

    @Override
    public int getHeight() {
        return figure.height();
    }

    @Override
    public String getTitle() {
        return figure.titleOrName();
    }
}
