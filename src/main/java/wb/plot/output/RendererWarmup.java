package wb.plot.output;

import wb.plot.Figure;
import wb.plot.render.FigureFiles;

/**
 * Renders and encodes a small figure and throws it away, so that the first figure a user makes
 * does not pay alone for Java2D, the bundled fonts and the PNG encoder starting up (about 0.3 s
 * in a fresh JVM). A script run does this while its JShell is still starting.
 */
public final class RendererWarmup {
    private RendererWarmup() {
    }

    /** Draws a figure with a curve, markers, a legend and math labels, and encodes it as PNG. */
    public static void run() {
        Figure figure = new Figure().fn(Math::sin, 0, 3).label("warm-up")
                .point(1, 0.5).color("red").label("$w_{1}$")
                .xlabel("$w_{1}$").ylabel("w").size(160, 120);
        FigureFiles.bytes(figure.spec(), FigureFiles.Format.PNG);
    }
}
