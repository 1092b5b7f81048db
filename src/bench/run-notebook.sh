#!/usr/bin/env bash
# The seed notebook end to end: scripts/wb scripts/weight-decay.jsh (five PNGs) against
# src/bench/python/weight_decay_notebook.py (the same notebook with numpy and matplotlib), side by
# side with hyperfine, median of RUNS (default 9). Needs hyperfine and Debian's python3-numpy and
# python3-matplotlib; PYTHON picks another interpreter (default /usr/bin/python3).
#   bash src/bench/run-notebook.sh [PATH_TO/notebook.py]
set -euo pipefail
# A cold run is what this measures: in-process, not through a warm engine (run-engine.sh).
export WB_ENGINE=off
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-9}
NOTEBOOK=${1:-src/bench/python/weight_decay_notebook.py}
PY=${PYTHON:-/usr/bin/python3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$out/wb" "$out/py"
scripts/wb --out "$out/wb" scripts/weight-decay.jsh >/dev/null 2>&1   # build, start-up cache
hyperfine -N -w 1 -r "$RUNS" --export-json "$out/notebook.json" \
  -n wb "scripts/wb --out $out/wb scripts/weight-decay.jsh" \
  -n python "$PY $NOTEBOOK $out/py" >/dev/null
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
