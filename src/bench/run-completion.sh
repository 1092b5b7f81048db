#!/usr/bin/env bash
# Times tab completion at the prompt once warm (JMH wb.bench.CompletionBench, sample mode) and
# prints the medians for docs/performance.md.
#   bash src/bench/run-completion.sh                          # 3 x 2 s warm-up, 5 x 2 s measured
#   JMH_ARGS="-wi 2 -i 3" bash src/bench/run-completion.sh    # quicker, noisier
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -Pbench -DskipTests package
mkdir -p target/bench
CP="target/bench/classes:target/bench/lib/*"
java -cp "$CP" org.openjdk.jmh.Main 'wb.bench.CompletionBench' ${JMH_ARGS:-} -rf json -rff target/bench/completion-jmh.json
python3 - <<'PY'
import json
print("| completing | median (ms) | p90 (ms) |")
print("| --- | ---: | ---: |")
for r in json.load(open("target/bench/completion-jmh.json")):
    p = r["primaryMetric"]["scorePercentiles"]
    print("| `%s` | %.1f | %.1f |" % (r["params"]["code"], p["50.0"], p["90.0"]))
PY
