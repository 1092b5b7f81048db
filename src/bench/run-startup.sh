#!/usr/bin/env bash
# Launch to first result of a one-line script: scripts/wb against jshell --execution local on the
# same JDK, alternating, median of RUNS (default 20), for each JDK given (default: the java on
# PATH, and /usr/lib/jvm/temurin-25-jdk-amd64 when present). Prints lines for docs/performance.md.
#   bash src/bench/run-startup.sh [JDK_HOME...]
set -euo pipefail
# A cold start is what this measures: in-process, not through a warm engine (run-engine.sh).
export WB_ENGINE=off
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-20}
jdks=("$@")
if ((${#jdks[@]} == 0)); then
  jdks=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  [[ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]] && jdks+=(/usr/lib/jvm/temurin-25-jdk-amd64)
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
echo 'System.out.println(1 + 1)' > "$dir/line.jsh"
printf 'System.out.println(1 + 1)\n/exit\n' > "$dir/line-jshell.jsh"
for jdk in "${jdks[@]}"; do
  echo "== $jdk"
  # The first run builds the jar if needed and records this JDK's start-up cache.
  JAVA_HOME=$jdk scripts/wb "$dir/line.jsh" >/dev/null
  JAVA_HOME=$jdk python3 src/bench/python/startup_bench.py "$RUNS" scripts/wb "$dir/line.jsh" \
      -- "$jdk/bin/jshell" --execution local "$dir/line-jshell.jsh"
done
