"""Times matplotlib, warm, on the figures that wb's FigureBench times (same data, same recipe).

Run with Debian's python (matplotlib from apt):
    /usr/bin/python3 src/bench/python/plot_bench.py [--repeats 30] [--out DIR]
Prints one line per figure: name, median ms, min ms, repeats. The data recipe matches
wb.bench.FigureBench: numpy.random.seed(0); X = randn(1000, 1); y = 3.14 X + 1 for the 1-D
figure; then X = randn(1000, 2), y = X (4.0, 1.5) for the contour figure.
"""
import argparse, io, os, statistics, sys, time
import numpy as np
import matplotlib
matplotlib.use("Agg")
from matplotlib import pyplot as plt

def data():
    np.random.seed(0)
    M = 1000
    X = np.random.randn(M, 1); Y = X @ np.array([[3.14]]) + 1.0
    ls = lambda w: np.sum(np.square(X @ w - Y)) / 2
    wd = lambda l, w: np.sum(np.square(w)) * l / 2
    lam = 1e3
    w_ls = np.linalg.inv(X.T @ X) @ X.T @ Y
    w_l2 = np.linalg.inv(X.T @ X + lam * np.identity(1)) @ X.T @ Y
    w = np.linspace(-5, 5, 100)
    one = dict(w=w,
               ls=np.array([ls(v.reshape(-1, 1)) for v in w]),
               wd=np.array([wd(lam, v.reshape(-1, 1)) for v in w]),
               j=np.array([ls(v.reshape(-1, 1)) + wd(lam, v.reshape(-1, 1)) for v in w]),
               pj=(w_l2.item(), ls(w_l2) + wd(lam, w_l2)), pls=(w_ls.item(), ls(w_ls)))
    X2 = np.random.randn(M, 2); Y2 = X2 @ np.array([[4.0], [1.5]])
    w_2 = np.linalg.inv(X2.T @ X2 + lam * np.identity(2)) @ X2.T @ Y2
    g = np.linspace(-7, 7, 100)
    mse = np.array([[np.mean(np.square(X2 @ np.array([[a], [b]]) - Y2)) for a in g] for b in g])
    l2 = np.array([[wd(lam, np.array([[a], [b]])) for a in g] for b in g])
    two = dict(g=g, mse=mse, l2=l2, w2=w_2.ravel())
    return one, two

def fig_ls_wd(d, target, fmt):
    plt.plot(d["w"], d["ls"], label="LS"); plt.plot(d["w"], d["wd"], label="L2"); plt.plot(d["w"], d["j"], label="J")
    plt.scatter(*d["pj"], color="red", label="min J"); plt.scatter(*d["pls"], color="black", label="min LS")
    plt.legend(); plt.xlabel("w"); plt.grid(True)
    plt.savefig(target, format=fmt); plt.close()

def fig_contour(d, target, fmt):
    g = d["g"]; W1, W2 = np.meshgrid(g, g)
    plt.contour(W1, W2, d["mse"], cmap="inferno", levels=np.linspace(d["mse"].min() * 0.1, d["mse"].max() * 0.1, 10))
    plt.scatter(4.0, 1.5, color="black", label="min MSE")
    plt.contour(W1, W2, d["l2"], cmap="Blues", levels=np.linspace(d["l2"].min() * 0.1, d["l2"].max() * 0.1, 10))
    plt.scatter(d["w2"][0], d["w2"][1], marker="x", color="red", s=100, label="min J")
    plt.xlim((-7, 7)); plt.ylim((-7, 7)); plt.grid(True); plt.xlabel("$w_{1}$"); plt.ylabel("$w_{2}$"); plt.legend()
    plt.savefig(target, format=fmt); plt.close()

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=30)
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--out", default=None, help="also save each figure once into DIR")
    ap.add_argument("--json", default=None, help="write {name: {median_ms, min_ms, n}} to this file")
    a = ap.parse_args()
    one, two = data()
    cases = [("ls_wd png", lambda t: fig_ls_wd(one, t, "png")),
             ("contour png", lambda t: fig_contour(two, t, "png")),
             ("contour svg", lambda t: fig_contour(two, t, "svg"))]
    if a.out:
        os.makedirs(a.out, exist_ok=True)
        for name, f in cases:
            f(os.path.join(a.out, name.replace(" ", ".")))
    results = {}
    for name, f in cases:
        for _ in range(a.warmup):
            f(io.BytesIO())
        times = []
        for _ in range(a.repeats):
            t0 = time.perf_counter(); f(io.BytesIO()); times.append((time.perf_counter() - t0) * 1e3)
        results[name] = dict(median_ms=statistics.median(times), min_ms=min(times), n=len(times))
        print("%-12s median %8.2f ms  min %8.2f ms  n=%d" % (name, statistics.median(times), min(times), len(times)))
    if a.json:
        import json
        with open(a.json, "w") as fh:
            json.dump(results, fh, indent=1)

if __name__ == "__main__":
    main()
