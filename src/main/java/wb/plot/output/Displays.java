package wb.plot.output;

import wb.plot.Animation;
import wb.plot.Display;
import wb.plot.Figure;

/** Ways of combining displays. */
public final class Displays {
    private Displays() {
    }

    /**
     * A display that shows every figure and animation on {@code first}, then on {@code second}:
     * a script run with {@code --show} saves each to a file and opens it in a window.
     */
    public static Display both(Display first, Display second) {
        return new Display() {
            @Override
            public void show(Figure figure) {
                first.show(figure);
                second.show(figure);
            }

            @Override
            public void show(Animation animation) {
                first.show(animation);
                second.show(animation);
            }
        };
    }
}
