package wb.plot;

/**
 * Where {@link Figure#show()} puts a figure: a window, the terminal, or a numbered file. The
 * session chooses one and creates figures bound to it.
 */
@FunctionalInterface
public interface Display {

    /**
     * Shows {@code figure} as it is now: a display reads its {@link Figure#spec()} before it
     * returns, so later builder calls never change what it shows. Must not block on user input.
     */
    void show(Figure figure);

    /**
     * Shows an animation; a display without a better way shows its selected frame. Must not block
     * on user input.
     */
    default void show(Animation animation) {
        show(animation.frame(animation.selected()));
    }
}
