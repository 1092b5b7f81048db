package wb.plot.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contour lines of a sampled surface by marching squares: for one level, the polylines along
 * which the bilinear interpolant of the grid crosses that level.
 *
 * <p>Each grid cell contributes 0, 1 or 2 segments whose ends lie on cell edges, placed by
 * linear interpolation; a saddle cell (diagonal corners on the same side) is resolved by the
 * value at the cell's centre, the mean of its corners. Segments are then chained through their
 * shared edge points into polylines (closed ones repeat their first point). NaN cells are skipped.
 */
final class MarchingSquares {

    /** A polyline in data coordinates. */
    record Line(double[] x, double[] y) {
        int size() {
            return x.length;
        }

        boolean closed() {
            int n = x.length;
            return n > 2 && x[0] == x[n - 1] && y[0] == y[n - 1];
        }
    }

    private MarchingSquares() {
    }

    /**
     * The contour lines at {@code level} of {@code z}, where {@code z[j][i]} is the value at
     * {@code (xs[i], ys[j])}.
     */
    static List<Line> contour(double[] xs, double[] ys, double[][] z, double level) {
        int nx = xs.length;
        int ny = ys.length;
        // an edge point is keyed by its edge: horizontal edge (i, j)-(i+1, j) or vertical (i, j)-(i, j+1)
        Map<Long, long[]> links = new HashMap<>();
        Map<Long, double[]> points = new HashMap<>();
        for (int j = 0; j + 1 < ny; j++) {
            double[] row0 = z[j];
            double[] row1 = z[j + 1];
            for (int i = 0; i + 1 < nx; i++) {
                double a = row0[i];
                double b = row0[i + 1];
                double c = row1[i + 1];
                double d = row1[i];
                if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c) || Double.isNaN(d)) {
                    continue;
                }
                int code = (a > level ? 1 : 0) | (b > level ? 2 : 0) | (c > level ? 4 : 0) | (d > level ? 8 : 0);
                if (code == 0 || code == 15) {
                    continue;
                }
                // edges: 0 bottom (a-b), 1 right (b-c), 2 top (d-c), 3 left (a-d)
                long eb = key(i, j, 0);
                long er = key(i + 1, j, 1);
                long et = key(i, j + 1, 0);
                long el = key(i, j, 1);
                switch (code) {
                    case 1: case 14: seg(links, eb, el); break;
                    case 2: case 13: seg(links, eb, er); break;
                    case 3: case 12: seg(links, el, er); break;
                    case 4: case 11: seg(links, er, et); break;
                    case 6: case 9: seg(links, eb, et); break;
                    case 7: case 8: seg(links, el, et); break;
                    case 5: case 10: {
                        boolean centreHigh = (a + b + c + d) / 4 > level;
                        // code 5: a and c high. A high centre joins the high corners across the cell.
                        if ((code == 5) == centreHigh) {
                            seg(links, eb, er);
                            seg(links, el, et);
                        } else {
                            seg(links, eb, el);
                            seg(links, er, et);
                        }
                        break;
                    }
                    default:
                        throw new AssertionError(code);
                }
                interp(points, eb, xs[i], xs[i + 1], ys[j], ys[j], a, b, level);
                interp(points, er, xs[i + 1], xs[i + 1], ys[j], ys[j + 1], b, c, level);
                interp(points, et, xs[i], xs[i + 1], ys[j + 1], ys[j + 1], d, c, level);
                interp(points, el, xs[i], xs[i], ys[j], ys[j + 1], a, d, level);
            }
        }
        return chain(links, points, nx);
    }

    private static long key(int i, int j, int vertical) {
        return ((long) j << 32) | ((long) i << 1) | vertical;
    }

    private static void seg(Map<Long, long[]> links, long p, long q) {
        link(links, p, q);
        link(links, q, p);
    }

    private static void link(Map<Long, long[]> links, long from, long to) {
        long[] l = links.get(from);
        if (l == null) {
            links.put(from, new long[] {to, Long.MIN_VALUE});
        } else if (l[1] == Long.MIN_VALUE) {
            l[1] = to;
        } else {
            throw new IllegalStateException("marching squares: edge point shared by more than two segments");
        }
    }

    private static void interp(Map<Long, double[]> points, long k, double x0, double x1, double y0, double y1,
                               double v0, double v1, double level) {
        if ((v0 > level) == (v1 > level) || points.containsKey(k)) {
            return;
        }
        double t = (level - v0) / (v1 - v0);
        points.put(k, new double[] {x0 + t * (x1 - x0), y0 + t * (y1 - y0)});
    }

    /** Chains linked edge points into polylines, open ones first walked from an end. */
    private static List<Line> chain(Map<Long, long[]> links, Map<Long, double[]> points, int nx) {
        List<Line> out = new ArrayList<>();
        // deterministic order: sort the keys
        long[] keys = links.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        // open lines start at points with one neighbour
        for (long k : keys) {
            if (!seen.contains(k) && links.get(k)[1] == Long.MIN_VALUE) {
                out.add(walk(k, links, points, seen));
            }
        }
        for (long k : keys) {
            if (!seen.contains(k)) {
                Line l = walk(k, links, points, seen);
                // close the ring
                double[] x = java.util.Arrays.copyOf(l.x(), l.size() + 1);
                double[] y = java.util.Arrays.copyOf(l.y(), l.size() + 1);
                x[l.size()] = x[0];
                y[l.size()] = y[0];
                out.add(new Line(x, y));
            }
        }
        return out;
    }

    private static Line walk(long start, Map<Long, long[]> links, Map<Long, double[]> points, java.util.Set<Long> seen) {
        List<double[]> pts = new ArrayList<>();
        long prev = Long.MIN_VALUE;
        long cur = start;
        while (true) {
            seen.add(cur);
            pts.add(points.get(cur));
            long[] l = links.get(cur);
            long next = l[0] != prev && !seen.contains(l[0]) ? l[0]
                    : (l[1] != Long.MIN_VALUE && l[1] != prev && !seen.contains(l[1]) ? l[1] : Long.MIN_VALUE);
            if (next == Long.MIN_VALUE) {
                break;
            }
            prev = cur;
            cur = next;
        }
        double[] x = new double[pts.size()];
        double[] y = new double[pts.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = pts.get(i)[0];
            y[i] = pts.get(i)[1];
        }
        return new Line(x, y);
    }
}
