"""numpy timings for the same work as wb's JMH benchmarks (src/bench/java/wb/bench).

Run by src/bench/run-numeric.sh, with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset so that
OpenBLAS picks its default kernel. Writes {benchmark: {shape: median_ms}} as JSON.
"""
import argparse
import json
import statistics
import time

import numpy as np

SHAPES = ["1000x1", "1000x2", "100000x10", "100000x200", "1000000x50", "20000x2000"]
LSTSQ_SHAPES = SHAPES[:-1]
GRID_SHAPES = ["1000x1", "1000x2", "1000000x2", "100000x10", "100000x200", "1000000x50"]
DIRECT_SHAPES = ["1000x1", "1000x2"]
SWEEP_SHAPES = ["1000x1", "1000x2", "100000x10", "100000x200", "1000000x50", "2000x500"]


def median_ms(fn, min_runs=3, budget_s=3.0):
    """Median wall time of fn() in ms: one warm-up call, then at least min_runs timed calls."""
    fn()
    times = []
    start = time.perf_counter()
    while len(times) < min_runs or (time.perf_counter() - start < budget_s and len(times) < 50):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times)


def data(shape):
    m, n = (int(v) for v in shape.split("x"))
    rng = np.random.RandomState(0)
    w = rng.randn(n, 1)
    x = rng.randn(m, n)
    y = x @ w + 1.0 + 0.5 * rng.randn(m, 1)
    return x, y


def grid_points(n):
    axis = np.linspace(-7, 7, 100)
    a, b = np.meshgrid(axis, axis)
    w = np.zeros((10000, n))
    if n == 1:
        w[:, 0] = (a + b / 100).ravel()
    else:
        w[:, 0] = a.ravel()
        w[:, 1] = b.ravel()
    return w


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--only", default="", help="comma-separated benchmark names to run")
    args = ap.parse_args()
    only = set(filter(None, args.only.split(",")))
    res = {}

    def put(name, shape, fn):
        if only and name not in only:
            return
        res.setdefault(name, {})[shape] = median_ms(fn)
        print(f"{name:16s} {shape:12s} {res[name][shape]:12.3f} ms", flush=True)

    lambdas = 10.0 ** np.linspace(-2, 4, 100)
    for shape in sorted(set(SHAPES + GRID_SHAPES + SWEEP_SHAPES), key=lambda s: SHAPES.index(s) if s in SHAPES else 99):
        x, y = data(shape)
        n = x.shape[1]
        g = x.T @ x
        b = x.T @ y
        yy = (y.T @ y).item()
        eye = np.identity(n)
        if shape in SHAPES:
            put("gram", shape, lambda: x.T @ x)
            put("ridge", shape, lambda: np.linalg.solve(g + 1.0 * eye, b))
        if shape in LSTSQ_SHAPES:
            put("lstsq", shape, lambda: np.linalg.lstsq(x, y, rcond=None))
        if shape in GRID_SHAPES:
            w = grid_points(n)
            put("grid_stats", shape, lambda: 0.5 * (((w @ g) * w).sum(axis=1) - 2 * (w @ b).ravel() + yy))
        if shape in DIRECT_SHAPES:
            def direct():
                axis = np.linspace(-7, 7, 100)
                if n == 1:
                    return np.array([[np.sum(np.square(x @ np.array([[a + bb / 100]]) - y)) / 2 for a in axis]
                                     for bb in axis])
                return np.array([[np.sum(np.square(x @ np.array([[a], [bb]]) - y)) / 2 for a in axis]
                                 for bb in axis])
            put("grid_direct", shape, direct)
        if shape in SWEEP_SHAPES:
            def eigen_path():
                lam, v = np.linalg.eigh(g)
                c = v.T @ b
                return [v @ (c / (lam[:, None] + l)) for l in lambdas]
            put("sweep_eigen", shape, eigen_path)
            lam_c, v_c = np.linalg.eigh(g)
            c_c = v_c.T @ b
            put("sweep_eigen_cached", shape, lambda: [v_c @ (c_c / (lam_c[:, None] + l)) for l in lambdas])
            put("sweep_separate", shape, lambda: [np.linalg.solve(g + l * eye, b) for l in lambdas])
        del x, y
    with open(args.out, "w") as f:
        json.dump(res, f, indent=1)


if __name__ == "__main__":
    main()
