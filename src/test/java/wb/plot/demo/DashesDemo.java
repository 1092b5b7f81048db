package wb.plot.demo;

import wb.plot.Figure;

/** Line styles, widths and transparency. */
public final class DashesDemo implements Demo {
    @Override
    public Figure figure() {
        return new Figure().name("dashes").fn(w -> w, 0, 1).label("solid").fn(w -> w + 0.2, 0, 1).lineStyle("--").label("dashed")
                .fn(w -> w + 0.4, 0, 1).lineStyle(":").lineWidth(3).label("dotted, 3 pt")
                .fn(w -> w + 0.6, 0, 1).lineStyle("-.").alpha(0.5).label("dash-dot, alpha 0.5").legend("upper left");
    }
}
