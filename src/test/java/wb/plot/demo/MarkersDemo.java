package wb.plot.demo;

import wb.plot.Figure;
import wb.plot.render.Marker;

/** Every marker shape, each in its own colour, with one large red cross. */
public final class MarkersDemo implements Demo {
    @Override
    public Figure figure() {
        Figure f = new Figure().name("markers");
        Marker[] all = Marker.values();
        for (int i = 0; i < all.length; i++) {
            f.point(i, i % 3).marker(all[i].code()).label(all[i].name().toLowerCase(java.util.Locale.ROOT));
        }
        return f.point(4, 2.5).marker("x").color("red").markerSize(10).label("large x").legend("lower right");
    }
}
