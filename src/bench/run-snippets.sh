#!/usr/bin/env bash
# Times one snippet's evaluation in a warm session (JMH wb.bench.SnippetBench, sample mode) and
# prints the medians for docs/performance.md.
#   bash src/bench/run-snippets.sh                          # 3 x 3 s warm-up, 5 x 3 s measured
#   JMH_ARGS="-wi 2 -i 3" bash src/bench/run-snippets.sh    # quicker, noisier
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/jmh.sh
run_jmh snippets 'wb.bench.SnippetBench' -Xss8m
python3 src/bench/python/jmh_percentiles.py target/bench/snippets-jmh.json --header snippet
