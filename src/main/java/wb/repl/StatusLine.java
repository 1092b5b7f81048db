package wb.repl;

/** A line at the bottom of the terminal that shows what is going on, apart from the output. */
interface StatusLine {
    /** Shows (or replaces) the line's text. */
    void show(String text);

    /** Removes the line. */
    void hide();

    /** How many columns the line has (0 when unknown). */
    int width();
}
