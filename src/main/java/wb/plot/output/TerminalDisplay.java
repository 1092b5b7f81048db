package wb.plot.output;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Supplier;
import wb.plot.Animation;
import wb.plot.Display;
import wb.plot.Figure;
import wb.plot.render.FigureFiles;
import wb.plot.render.FigureSpec;
import wb.plot.render.KittyEncoder;
import wb.plot.render.Painter;
import wb.plot.render.SixelEncoder;
import wb.plot.render.TerminalRenderer;

/**
 * A display for terminals without windows (SSH, CI): draws the figure in the terminal (braille
 * text, or an image through sixel or the kitty protocol, as its caller decides: the REPL asks the
 * terminal when the first figure is drawn), saves it as a numbered PNG in the output folder and
 * prints that path.
 */
public final class TerminalDisplay implements Display {

    /** How the figure is drawn in the terminal. */
    public enum Graphics {
        /** Unicode braille and box-drawing characters. */
        TEXT,
        /** A DEC sixel image. */
        SIXEL,
        /** The kitty graphics protocol. */
        KITTY
    }

    private final PrintStream out;
    private final TerminalRenderer renderer;
    private final FileDisplay files;
    private final Supplier<Graphics> graphics;

    /**
     * A terminal display.
     *
     * @param out where the drawing and the saved path are printed
     * @param cols width of the text drawing in character cells
     * @param rows height of the text drawing in character cells
     * @param color whether to use ANSI colours (false when NO_COLOR is set or output is not a terminal)
     * @param outputFolder where the numbered PNGs go
     * @param graphics text, sixel or kitty
     */
    public TerminalDisplay(PrintStream out, int cols, int rows, boolean color, Path outputFolder, Graphics graphics) {
        this(out, cols, rows, color, outputFolder, () -> graphics);
    }

    /**
     * A terminal display that asks {@code graphics} how to draw each figure (text when it gives
     * null): the REPL's supplier asks the terminal once, when the first figure is drawn, so a
     * session that draws nothing never queries it.
     */
    public TerminalDisplay(PrintStream out, int cols, int rows, boolean color, Path outputFolder,
                           Supplier<Graphics> graphics) {
        if (out == null) {
            throw new IllegalArgumentException("terminal display: the output stream is null");
        }
        this.out = out;
        this.renderer = new TerminalRenderer(cols, rows, color);
        this.files = FileDisplay.unclaimed(outputFolder);
        this.graphics = graphics == null ? () -> Graphics.TEXT : graphics;
    }

    @Override
    public void show(Figure figure) {
        draw(figure.spec());
        Path path = files.save(figure);
        out.println("[" + figure.name() + ": " + path + "]");
        out.flush();
    }

    /** Draws the selected frame, then saves the whole animation as a numbered GIF and prints its path. */
    @Override
    public void show(Animation animation) {
        draw(animation.frames().get(animation.selected()));
        Path path = files.save(animation);
        out.println("[" + animation.name() + ": " + animation.caption(animation.selected()) + "; all "
                + animation.size() + " frames: " + path + "]");
        out.flush();
    }

    private void draw(FigureSpec figure) {
        Graphics g = graphics.get();
        switch (g == null ? Graphics.TEXT : g) {
            case SIXEL:
                out.print(SixelEncoder.encode(Painter.image(figure)));
                out.println();
                break;
            case KITTY:
                out.print(KittyEncoder.encode(FigureFiles.bytes(figure, FigureFiles.Format.PNG)));
                out.println();
                break;
            default:
                out.print(renderer.render(figure));
                break;
        }
    }
}
