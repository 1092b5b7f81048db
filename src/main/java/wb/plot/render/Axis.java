package wb.plot.render;

import java.util.List;

/**
 * One axis of a laid-out figure: its data limits, scale (linear or log), the pixel positions of
 * its ends, and its ticks.
 */
public final class Axis {

    public final double lo;
    public final double hi;
    public final boolean log;
    public final double p0;
    public final double p1;
    public final Ticks.Set ticks;

    Axis(double lo, double hi, boolean log, double p0, double p1, int maxBins) {
        this.lo = lo;
        this.hi = hi;
        this.log = log;
        this.p0 = p0;
        this.p1 = p1;
        this.ticks = log ? Ticks.log(lo, hi, maxBins) : Ticks.linear(lo, hi, maxBins);
    }

    /** The pixel coordinate of data value {@code v} (NaN for v <= 0 on a log axis). */
    public double px(double v) {
        double t;
        if (log) {
            if (!(v > 0)) {
                return Double.NaN;
            }
            t = (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo));
        } else {
            t = (v - lo) / (hi - lo);
        }
        return p0 + t * (p1 - p0);
    }

    /** The data value at pixel coordinate {@code p}, the inverse of {@link #px} (off the axis too). */
    public double value(double p) {
        double t = (p - p0) / (p1 - p0);
        if (log) {
            return Math.pow(10, Math.log10(lo) + t * (Math.log10(hi) - Math.log10(lo)));
        }
        return lo + t * (hi - lo);
    }

    /** Pixels per data unit (linear axes). */
    double scale() {
        return Math.abs(p1 - p0) / (hi - lo);
    }

    /**
     * The shown range for data spanning [dataLo, dataHi]: fixed limits if given; otherwise the
     * data widened by 5% each side (in log space for a log axis), not past a sticky edge such as a
     * contour's extent, as matplotlib's autoscaling does.
     */
    static double[] limits(double dataLo, double dataHi, double[] fixed, boolean log, List<Double> sticky) {
        if (fixed != null) {
            if (log && !(fixed[0] > 0)) {
                throw new IllegalArgumentException("log axis: the limits must be positive, got lower limit "
                        + Ticks.number(fixed[0], 6));
            }
            return fixed.clone();
        }
        if (Double.isNaN(dataLo)) {
            return log ? new double[] {1, 10} : new double[] {0, 1};
        }
        double lo = log ? Math.log10(dataLo) : dataLo;
        double hi = log ? Math.log10(dataHi) : dataHi;
        if (hi == lo) {
            double d = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            lo -= d;
            hi += d;
        } else {
            double m = (hi - lo) * Style.MARGIN;
            double nlo = lo - m;
            double nhi = hi + m;
            for (double s : sticky) {
                double sv = log ? Math.log10(s) : s;
                if (sv <= lo && sv > nlo) {
                    nlo = sv;
                }
                if (sv >= hi && sv < nhi) {
                    nhi = sv;
                }
            }
            lo = nlo;
            hi = nhi;
        }
        return log ? new double[] {Math.pow(10, lo), Math.pow(10, hi)} : new double[] {lo, hi};
    }
}
