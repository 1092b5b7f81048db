#!/usr/bin/env bash
# A long script (docs/reliability.md, "Scale"): LINES declarations, one a line (int v1 = 1; ...),
# then v1 + v(LINES/2) + vLINES, run in-process, in a warm engine, and by jshell --execution local;
# wall time and peak RSS of each, one after another, by /usr/bin/time.
#   bash src/bench/run-long-script.sh                 # 800 lines
#   LINES=5000 JSHELL=no bash src/bench/run-long-script.sh   # the issue's 5,000 (jshell alone: 6 min)
set -euo pipefail
cd "$(dirname "$0")/../.."
LINES=${LINES:-800}
WORK=$(mktemp -d)
export WB_ENGINE_DIR="$WORK/engine"
mkdir -m 700 "$WB_ENGINE_DIR"
trap 'scripts/wb engine stop >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
for ((i = 1; i <= LINES; i++)); do echo "int v$i = $i;"; done > "$WORK/long.jsh"
echo "System.out.println(v1 + v$((LINES / 2)) + v$LINES);" >> "$WORK/long.jsh"
(cat "$WORK/long.jsh"; echo /exit) > "$WORK/long-jshell.jsh"
scripts/wb --version >/dev/null   # builds the jar and the start-up caches

measure() { # label command...
    local label=$1
    shift
    /usr/bin/time -f "$label %e s, peak RSS %M KB" "$@" > "$WORK/out.txt" 2> "$WORK/time.txt"
    echo "$(tail -1 "$WORK/time.txt")  (printed $(tr -d '\n' < "$WORK/out.txt"))"
}

echo "$LINES declarations; java: $(java -version 2>&1 | head -1); $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
WB_ENGINE=off measure "wb in-process:" scripts/wb "$WORK/long.jsh"
scripts/wb "$WORK/long.jsh" > /dev/null   # starts the engine and warms it with this script
measure "wb, warm engine (RSS: the client's):" scripts/wb "$WORK/long.jsh"
if [ "${JSHELL:-yes}" != no ]; then
    measure "jshell --execution local:" jshell --execution local -q "$WORK/long-jshell.jsh"
fi
