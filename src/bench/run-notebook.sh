#!/usr/bin/env bash
# The seed notebook end to end: scripts/wb scripts/weight-decay.jsh (five PNGs) against
# python3 ../shared/bench/seed_notebook.py (the same five with matplotlib), side by side with
# hyperfine, median of RUNS (default 9). Needs hyperfine and Debian's python3-matplotlib.
#   bash src/bench/run-notebook.sh [PATH_TO/seed_notebook.py]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-9}
SEED=${1:-../shared/bench/seed_notebook.py}
PY=/usr/bin/python3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$out/wb" "$out/py"
scripts/wb --out "$out/wb" scripts/weight-decay.jsh >/dev/null 2>&1   # build, start-up cache
hyperfine -N -w 1 -r "$RUNS" --export-json "$out/notebook.json" \
  -n wb "scripts/wb --out $out/wb scripts/weight-decay.jsh" \
  -n python "$PY $SEED $out/py" >/dev/null
python3 - "$out/notebook.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
wb, py = r["wb"]["median"], r["python"]["median"]
print("| command | median (s) | min–max (s) |")
print("| --- | ---: | ---: |")
for name in ("wb", "python"):
    x = r[name]
    print("| %s | %.2f | %.2f–%.2f |" % (name, x["median"], x["min"], x["max"]))
print("\nwb / python = %.2f" % (wb / py))
PY
