"""numpy's savetxt/loadtxt and pandas' to_csv/read_csv on the CSV wb wrote, for run-csv.sh.

Each operation runs --repeats times; the median time goes to --out as 'TOOL OP SECONDS'. With
--only 'TOOL OP' it runs that operation once (its process's peak RSS is then measured outside).
Data is loaded from wb's file first, so every tool writes the same values; savetxt uses '%r'
(the shortest repr, as wb writes) and to_csv pandas' default float format (also repr).
"""
import argparse
import os
import statistics
import tempfile
import time

import numpy as np

try:
    import pandas as pd
except ImportError:
    pd = None


def operations(csv, scratch):
    ops = {
        ("numpy", "load"): lambda: np.loadtxt(csv, delimiter=",", skiprows=1),
    }
    data = np.loadtxt(csv, delimiter=",", skiprows=1)
    with open(csv, encoding="utf-8") as f:
        header = f.readline().rstrip("\n")
    ops[("numpy", "save")] = lambda: np.savetxt(scratch, data, fmt="%r", delimiter=",", header=header,
                                                comments="")
    if pd is not None:
        frame = pd.DataFrame(data, columns=header.split(","))
        ops[("pandas", "load")] = lambda: pd.read_csv(csv)
        ops[("pandas", "save")] = lambda: frame.to_csv(scratch, index=False)
    return ops


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--csv", required=True)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    scratch = os.path.join(tempfile.mkdtemp(), "py.csv")
    if args.only:
        tool, op = args.only.split()
        if op == "load":
            (np.loadtxt(args.csv, delimiter=",", skiprows=1) if tool == "numpy" else pd.read_csv(args.csv))
        else:
            operations(args.csv, scratch)[(tool, op)]()
        return
    lines = []
    for (tool, op), run in operations(args.csv, scratch).items():
        times = []
        for _ in range(args.repeats):
            start = time.perf_counter()
            run()
            times.append(time.perf_counter() - start)
        lines.append(f"{tool} {op} {statistics.median(times):.3f}")
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
