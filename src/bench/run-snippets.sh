#!/usr/bin/env bash
# Times one snippet's evaluation in a warm session (JMH wb.bench.SnippetBench, sample mode) and
# prints the medians for docs/performance.md.
#   bash src/bench/run-snippets.sh                          # 3 x 3 s warm-up, 5 x 3 s measured
#   JMH_ARGS="-wi 2 -i 3" bash src/bench/run-snippets.sh    # quicker, noisier
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -Pbench -DskipTests package
CP="target/bench/classes:target/bench/lib/*"
java -Xss8m -cp "$CP" org.openjdk.jmh.Main 'wb.bench.SnippetBench' ${JMH_ARGS:-} -rf json -rff target/bench/snippets-jmh.json
python3 - <<'PY'
import json
print("| snippet | median (ms) | p90 (ms) |")
print("| --- | ---: | ---: |")
for r in json.load(open("target/bench/snippets-jmh.json")):
    p = r["primaryMetric"]["scorePercentiles"]
    print("| `%s` | %.1f | %.1f |" % (r["params"]["code"], p["50.0"], p["90.0"]))
PY
