#!/usr/bin/env bash
# Times tab completion at the prompt once warm (JMH wb.bench.CompletionBench, sample mode) and
# prints the medians for docs/performance.md.
#   bash src/bench/run-completion.sh                          # 3 x 2 s warm-up, 5 x 2 s measured
#   JMH_ARGS="-wi 2 -i 3" bash src/bench/run-completion.sh    # quicker, noisier
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/jmh.sh
run_jmh completion 'wb.bench.CompletionBench'
python3 src/bench/python/jmh_percentiles.py target/bench/completion-jmh.json --header completing
