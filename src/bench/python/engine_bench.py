"""The warm engine beside what it replaces, in one sequence of runs, alternating.

Usage: python3 engine_bench.py RUNS PYTHON JSHELL
Run from the repository's root, after `scripts/wb --version` has built the jar. Measures:
  1. the notebook (scripts/weight-decay.jsh, five PNGs): the first run that starts an engine,
     against an in-process run (WB_ENGINE=off), alternating, with `wb engine stop` before each
     engine run;
  2. after three runs and the engine's own warm-up (waited for, and reported), the notebook
     through the warm engine, in-process (cold), and with Python
     (src/bench/python/weight_decay_notebook.py), alternating;
  3. a one-line script through the warm engine (native client, and Java client alone), in-process,
     and `jshell --execution local`;
  4. the engine's resident memory when idle, from `wb engine status`, once its warm-up is over.
Engines live in a directory of the benchmark's own. Prints markdown tables of medians and ratios.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.getcwd()
WB = os.path.join(ROOT, "scripts", "wb")


def timed(cmd, env, cwd=ROOT):
    t0 = time.perf_counter()
    r = subprocess.run(cmd, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    t1 = time.perf_counter()
    if r.returncode != 0:
        raise SystemExit("%s failed (%d): %s" % (cmd, r.returncode, r.stderr.decode()))
    return t1 - t0, r.stdout


def settle(env, limit=180):
    """Waits until no engine of the benchmark is warming itself up; returns the seconds waited."""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < limit:
        status = subprocess.run([WB, "engine", "status"], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL).stdout.decode()
        if " warming " not in status:
            break
        time.sleep(1)
    return time.perf_counter() - t0


def table(title, rows, base):
    print("\n%s\n" % title)
    print("| command | median (s) | min–max (s) | median / %s |" % base)
    print("| --- | ---: | ---: | ---: |")
    ref = statistics.median(rows[base])
    for name, times in rows.items():
        m = statistics.median(times)
        print("| %s | %.3f | %.3f–%.3f | %.2f |" % (name, m, min(times), max(times), m / ref))


def main():
    runs, python, jshell = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    work = tempfile.mkdtemp(prefix="wb-engine-bench")
    env = dict(os.environ, WB_ENGINE_DIR=os.path.join(work, "engines"))
    cold = dict(env, WB_ENGINE="off")
    notebook = [WB, "--out", os.path.join(work, "out"), "scripts/weight-decay.jsh"]
    py = [python, "src/bench/python/weight_decay_notebook.py", os.path.join(work, "py")]
    stop = [WB, "engine", "stop"]
    line = os.path.join(work, "line.jsh")
    with open(line, "w") as f:
        f.write("System.out.println(1 + 1)\n")
    with open(line + "-jshell", "w") as f:
        f.write("System.out.println(1 + 1)\n/exit\n")

    # 1. The first run, which starts an engine, against today's in-process run.
    first = {"in-process (WB_ENGINE=off)": [], "first run, starting an engine": []}
    timed(notebook, cold)
    for i in range(runs):
        timed(stop, env)
        order = list(first) if i % 2 == 0 else list(reversed(list(first)))
        for name in order:
            first[name].append(timed(notebook, cold if name.startswith("in-process") else env)[0])
    table("The notebook's first run (median of %d, alternating):" % runs, first, "in-process (WB_ENGINE=off)")

    # 2. The notebook warm, cold and in Python.
    timed(stop, env)
    outputs = set()
    for _ in range(3):
        outputs.add(timed(notebook, env)[1])
    print("\nthe engine's warm-up after three runs ended %.0f s later" % settle(env))
    rows = {"wb, warm engine": [], "wb, in-process (cold)": [], "python": []}
    commands = {"wb, warm engine": (notebook, env), "wb, in-process (cold)": (notebook, cold), "python": (py, env)}
    for i in range(runs):
        order = list(rows) if i % 2 == 0 else list(reversed(list(rows)))
        for name in order:
            t, out = timed(*commands[name])
            rows[name].append(t)
            if name.startswith("wb"):
                outputs.add(out)
    table("The notebook after three runs (median of %d, alternating):" % runs, rows, "python")
    print("\nstandard output identical in all %d wb runs: %s" % (3 + 2 * runs, len(outputs) == 1))

    # 3. A one-line script.
    one = [WB, line]
    java_client = dict(env, WB_CLIENT="java")   # another environment, so an engine of its own
    for _ in range(3):
        timed(one, env)
        timed(one, java_client)
    settle(env)
    rows = {"wb, warm engine": [], "wb, warm engine, Java client (WB_CLIENT=java)": [],
            "wb, in-process (cold)": [], "jshell --execution local": []}
    commands = {"wb, warm engine": (one, env), "wb, warm engine, Java client (WB_CLIENT=java)": (one, java_client),
                "wb, in-process (cold)": (one, cold),
                "jshell --execution local": ([jshell, "--execution", "local", line + "-jshell"], env)}
    for i in range(runs):
        order = list(rows) if i % 2 == 0 else list(reversed(list(rows)))
        for name in order:
            rows[name].append(timed(*commands[name])[0])
    table("A one-line script after three runs (median of %d, alternating):" % runs, rows,
          "jshell --execution local")

    # 4. Memory when idle, once the warm-up is over.
    time.sleep(int(os.environ.get("IDLE_WAIT", "60")))
    print("\n```\n" + timed([WB, "engine", "status"], env)[1].decode() + "```")
    timed(stop, env)


if __name__ == "__main__":
    main()
