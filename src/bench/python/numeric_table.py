"""Joins JMH's JSON (wb) and numeric_bench.py's JSON (numpy) into the Markdown table of
docs/performance.md: medians in ms and the Java/numpy ratio, per benchmark and shape."""
import argparse
import json

# JMH benchmark -> (row label, numpy key)
ROWS = [
    ("wb.bench.GramBench.wb", "Gram XᵀX, wb kernel", "gram"),
    ("wb.bench.GramOjalgoBench.ojalgo", "Gram XᵀX, ojAlgo (transposed storage)", "gram"),
    ("wb.bench.GramOjalgoBigBench.ojalgo", "Gram XᵀX, ojAlgo (transposed storage)", "gram"),
    ("wb.bench.SolveBench.ridge", "ridge(λ) on cached statistics", "ridge"),
    ("wb.bench.LstsqBench.lstsq", "lstsq()", "lstsq"),
    ("wb.bench.GridBench.statistics", "100×100 LS grid, via statistics", "grid_stats"),
    ("wb.bench.GridDirectBench.direct", "100×100 LS grid, direct", "grid_direct"),
    ("wb.bench.SweepBench.freshPath", "100-λ sweep, one decomposition", "sweep_eigen"),
    ("wb.bench.SweepBench.keptPath", "100-λ sweep, decomposition kept", "sweep_eigen_cached"),
    ("wb.bench.SweepBench.separateSolves", "100-λ sweep, 100 separate solves", "sweep_separate"),
]
TO_MS = {"ms/op": 1.0, "us/op": 1e-3, "s/op": 1e3, "ns/op": 1e-6}


def fmt(v):
    if v is None:
        return "–"
    if v >= 100:
        return f"{v:.0f}"
    if v >= 1:
        return f"{v:.2f}"
    return f"{v:.3g}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jmh", nargs="+", required=True)
    ap.add_argument("--numpy")
    args = ap.parse_args()
    jmh = [r for f in args.jmh for r in json.load(open(f))]
    numpy = json.load(open(args.numpy)) if args.numpy else {}
    java = {}
    for r in jmh:
        pm = r["primaryMetric"]
        median = pm["scorePercentiles"]["50.0"] * TO_MS[pm["scoreUnit"]]
        java[(r["benchmark"], r["params"]["shape"])] = median
    order = ["1000x1", "1000x2", "1000000x2", "100000x10", "100000x200", "1000000x50", "2000x500", "20000x2000"]
    print("| work | (M, N) | wb median (ms) | numpy median (ms) | wb / numpy |")
    print("| --- | --- | ---: | ---: | ---: |")
    for bench, label, key in ROWS:
        for shape in order:
            if (bench, shape) not in java:
                continue
            j = java[(bench, shape)]
            p = numpy.get(key, {}).get(shape)
            ratio = f"{j / p:.2f}" if p else "–"
            m, n = shape.split("x")
            print(f"| {label} | ({m}, {n}) | {fmt(j)} | {fmt(p)} | {ratio} |")


if __name__ == "__main__":
    main()
