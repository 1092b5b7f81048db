#!/usr/bin/env bash
# Times the exploring helpers (JMH, single-shot, one fork) beside what they replace, in the same run,
# and prints the table for docs/performance.md ("Exploring"):
#   bash src/bench/run-explore.sh
#   JMH_ARGS="-wi 1 -i 3" bash src/bench/run-explore.sh   # quicker, noisier
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/jmh.sh
run_jmh explore 'wb.bench.ExploreBench'
python3 - <<'PY'
import json
r = {x["benchmark"].rsplit(".", 1)[1]: x["primaryMetric"]["scorePercentiles"]["50.0"]
     for x in json.load(open("target/bench/explore-jmh.json"))}
print("| work | median (ms) | compared with | median (ms) | speed-up |")
print("| --- | ---: | --- | ---: | ---: |")
rows = [("path, 200 λ, N = 500, kept decomposition", "pathCached", "200 separate ridge solves", "separateSolves"),
        ("path, 200 λ, N = 500, fresh decomposition", "pathFresh", "200 separate ridge solves", "separateSolves"),
        ("5-fold CV, 50 λ, M = 100000, N = 50", "crossValidate", "the same by hand with the solvers", "crossValidateByHand")]
for label, a, other, b in rows:
    print("| %s | %.1f | %s | %.1f | %.0f× |" % (label, r[a], other, r[b], r[b] / r[a]))
PY
