package wb.plot.demo;

import wb.plot.Figure;

/** An empty figure still draws its frame and ticks. */
public final class EmptyDemo implements Demo {
    @Override
    public Figure figure() {
        return new Figure().name("empty").title("nothing yet");
    }
}
