#!/usr/bin/env bash
# Times saving the notebook's figures with wb (JMH, warm) and with matplotlib (warm), one after the
# other in the same run, and prints the table for docs/performance.md ("Figures").
#   bash src/bench/run-figures.sh            # full run (JMH: 5 x 2 s warm-up, 10 x 2 s measured)
#   JMH_ARGS="-wi 2 -i 3" bash src/bench/run-figures.sh   # quicker, noisier
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=/usr/bin/python3
"$PY" -c 'import matplotlib' 2>/dev/null || { echo "needs Debian's python3-matplotlib (apt-get install python3-matplotlib)" >&2; exit 1; }
. src/bench/jmh.sh
run_jmh figures 'wb.bench.FigureBench'
"$PY" src/bench/python/plot_bench.py --repeats "${PY_REPEATS:-40}" --json target/bench/figures-mpl.json
"$PY" - <<'PY'
import json
jmh = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"] for r in json.load(open("target/bench/figures-jmh.json"))}
mpl = json.load(open("target/bench/figures-mpl.json"))
rows = [("ls_wd as PNG", "lsWdPng", "ls_wd png"), ("contour as PNG", "contourPng", "contour png"),
        ("contour as SVG", "contourSvg", "contour svg")]
print("| figure | wb median (ms) | matplotlib median (ms) | wb / matplotlib |")
print("| --- | ---: | ---: | ---: |")
for label, j, m in rows:
    w = jmh[j]["scorePercentiles"]["50.0"]
    p = mpl[m]["median_ms"]
    print("| %s | %.1f | %.1f | %.2f |" % (label, w, p, w / p))
PY
