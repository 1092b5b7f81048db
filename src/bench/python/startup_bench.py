"""Time from launch to the first result of a one-line script: wb against jshell, side by side.

Usage: python3 startup_bench.py RUNS WB_COMMAND... -- JSHELL_COMMAND...
Each run starts a process, waits for its first line of standard output (the result) and then
for it to exit. The two commands alternate, so that drift in the machine's load hits both.
Prints the medians of time-to-first-result and time-to-exit, and their ratios.
"""
import statistics
import subprocess
import sys
import time


def once(cmd):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    line = p.stdout.readline()
    t1 = time.perf_counter()
    p.stdout.read()
    p.wait()
    t2 = time.perf_counter()
    if line.strip() != b"2":
        raise SystemExit("unexpected first line from %s: %r" % (cmd, line))
    return t1 - t0, t2 - t0


def main():
    runs = int(sys.argv[1])
    split = sys.argv.index("--")
    commands = {"wb": sys.argv[2:split], "jshell": sys.argv[split + 1:]}
    results = {name: [] for name in commands}
    for name, cmd in commands.items():  # one warm-up each: caches, page cache
        once(cmd)
    for i in range(runs):
        order = list(commands) if i % 2 == 0 else list(reversed(list(commands)))
        for name in order:
            results[name].append(once(commands[name]))
    med = {n: (statistics.median(r[0] for r in rs), statistics.median(r[1] for r in rs)) for n, rs in results.items()}
    for name, (first, done) in med.items():
        print("%-7s first result %6.0f ms   exit %6.0f ms   (median of %d)" % (name, first * 1000, done * 1000, runs))
    print("wb/jshell  first result %.2f   exit %.2f" % (med["wb"][0] / med["jshell"][0], med["wb"][1] / med["jshell"][1]))
    # Each run of one is next to a run of the other, so their ratio is little affected by the
    # machine's load drifting over the minutes the whole benchmark takes.
    paired = [w[0] / j[0] for w, j in zip(results["wb"], results["jshell"])]
    print("median of the %d paired first-result ratios: %.2f" % (runs, statistics.median(paired)))


if __name__ == "__main__":
    main()
