package wb.plot.demo;

import wb.plot.Figure;

/** Values in the millions get a multiplier instead of long tick labels. */
public final class BigNumbersDemo implements Demo {
    @Override
    public Figure figure() {
        return new Figure().name("big-numbers").fn(w -> 2.5e6 * w * w, -2, 2).label("J").ylim(0, 1.2e7).xlabel("w");
    }
}
