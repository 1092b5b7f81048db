#!/usr/bin/env bash
# Does the launcher's JIT setting slow the helpers' kernels? Runs src/bench/jit-kernels.jsh in
# fresh JVMs with the JDK's default tiers, with the launcher's raised tier-4 thresholds, and with
# C1 only, alternating, RUNS times each (default 5), and prints the medians in milliseconds.
#   bash src/bench/run-jit.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
mvn -B -q -DskipTests package
T4="-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=20000 -XX:Tier4CompileThreshold=60000 -XX:Tier4BackEdgeThreshold=200000"
declare -A flags=([default]="" [tier4]="$T4" [c1-only]="-XX:TieredStopAtLevel=1")
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for ((i = 0; i < RUNS; i++)); do
  for name in default tier4 c1-only; do
    # shellcheck disable=SC2086
    echo "$name $(java -Xss8m ${flags[$name]} -jar target/wb.jar src/bench/jit-kernels.jsh)" >> "$out"
  done
done
python3 - "$out" <<'PY'
import statistics, sys, collections
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    name, *ms = line.split()
    rows[name].append([int(x) for x in ms])
print("| JIT setting | Gram (100000, 200), cold (ms) | Gram, warm (ms) | lstsq (100000, 200) (ms) |")
print("| --- | ---: | ---: | ---: |")
for name in ("default", "tier4", "c1-only"):
    cols = list(zip(*rows[name]))
    print("| %s | %d | %d | %d |" % ((name,) + tuple(statistics.median(c) for c in cols)))
PY
