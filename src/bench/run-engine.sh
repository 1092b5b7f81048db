#!/usr/bin/env bash
# The warm engine (docs/performance.md, "The engine"): the notebook's first run that starts an
# engine against an in-process run; the notebook warm, cold and in Python; a one-line script warm,
# cold and with jshell --execution local; an idle engine's memory. One sequence, alternating,
# median of RUNS (default 5). Needs Debian's python3-numpy and python3-matplotlib.
#   bash src/bench/run-engine.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/wb --version >/dev/null   # builds the jar and the start-up caches
jdk=$(dirname "$(dirname "$(readlink -f "$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java")")")")
python3 src/bench/python/engine_bench.py "${RUNS:-5}" "${PYTHON:-/usr/bin/python3}" "$jdk/bin/jshell"
