package wb.plot.demo;

import wb.plot.Figure;

/** One small figure showing one feature, in XChart's manner: a demo per feature, all rendered by a test. */
public interface Demo {

    /** The figure of this demo. */
    Figure figure();
}
