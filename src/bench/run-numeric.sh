#!/usr/bin/env bash
# Runs the numeric benchmarks side by side: wb's JMH benchmarks, then numpy doing the same work,
# and prints one Markdown table (medians, wb/numpy ratios) for docs/performance.md.
#
#   bash src/bench/run-numeric.sh            # everything (about 15 minutes on 2 cores)
#   BENCH='GramBench' SKIP_BIG=1 bash src/bench/run-numeric.sh   # a JMH regex subset
#
# numpy is optional: without a python3 that imports numpy the table has wb's column only.
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH=${BENCH:-'wb\.bench\.(Gram|GramOjalgo|Solve|Lstsq|Grid|GridDirect|Sweep)Bench'}
JMH_OPTS=${JMH_OPTS:-'-f 1 -wi 2 -i 3 -w 1 -r 1'}
mkdir -p target
mvn -B -q -Pbench package -DskipTests
# shellcheck disable=SC2086
java -cp "target/bench/classes:target/bench/lib/*" org.openjdk.jmh.Main "$BENCH" $JMH_OPTS \
    -rf json -rff target/jmh-numeric.json
JMH_JSON=target/jmh-numeric.json
if [ -z "${SKIP_BIG:-}" ]; then
    # ojAlgo's Gram at (20000, 2000) takes tens of seconds per multiply: single shots.
    java -cp "target/bench/classes:target/bench/lib/*" org.openjdk.jmh.Main 'wb\.bench\.GramOjalgoBigBench' \
        -f 1 -bm ss -wi 1 -i 3 -rf json -rff target/jmh-numeric-big.json
    JMH_JSON="$JMH_JSON target/jmh-numeric-big.json"
fi
NUMPY_JSON=
if python3 -c 'import numpy' 2>/dev/null; then
    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 src/bench/python/numeric_bench.py \
        --out target/numpy-numeric.json
    NUMPY_JSON=target/numpy-numeric.json
fi
echo
echo "java: $(java -version 2>&1 | head -1); numpy: $(python3 -c 'import numpy; print(numpy.__version__)' 2>/dev/null || echo none); $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
python3 src/bench/python/numeric_table.py --jmh $JMH_JSON ${NUMPY_JSON:+--numpy $NUMPY_JSON}
