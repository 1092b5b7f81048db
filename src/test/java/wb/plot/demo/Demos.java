package wb.plot.demo;

import java.util.List;

/** Every demo, in the order the gallery shows them. */
public final class Demos {

    private Demos() {
    }

    public static List<Demo> all() {
        return List.of(new LinesDemo(), new MarkersDemo(), new ContourDemo(), new TwoSurfacesDemo(), new HeatmapDemo(),
                new LogAxisDemo(), new EqualAspectDemo(), new DashesDemo(), new BigNumbersDemo(), new EmptyDemo());
    }
}
