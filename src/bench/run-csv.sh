#!/usr/bin/env bash
# Times wb's CSV save and load beside numpy's savetxt/loadtxt and pandas' to_csv/read_csv on the
# same data (a data set of ROWS x 10 features and a target, written by wb), and prints one
# Markdown table of medians for docs/performance.md, with each tool's peak RSS for one save
# and one load in a process of its own.
#
#   bash src/bench/run-csv.sh                      # 200,000 rows, 3 runs each
#   ROWS=2000000 REPEATS=1 bash src/bench/run-csv.sh   # the issue's 2,000,000 x 11
#
# Needs the packaged wb (mvn -q -o -DskipTests package) and /usr/bin/python3 with numpy;
# pandas is optional (its rows say "not installed" without it).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${ROWS:-200000}
REPEATS=${REPEATS:-3}
PY=${PY:-/usr/bin/python3}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export WB_ENGINE=off

# wb: REPEATS saves and loads in one session, each timed around the helper call alone.
cat > "$WORK/time.jsh" <<JSH
var d = dataset($ROWS, 10);
long[] saves = new long[$REPEATS], loads = new long[$REPEATS];
for (int i = 0; i < $REPEATS; i++) {
    long t = System.nanoTime(); save(d, "$WORK/wb.csv"); saves[i] = System.nanoTime() - t;
    t = System.nanoTime(); load("$WORK/wb.csv"); loads[i] = System.nanoTime() - t;
}
java.util.Arrays.sort(saves); java.util.Arrays.sort(loads);
System.out.printf("wb save %.3f load %.3f%n", saves[$REPEATS / 2] / 1e9, loads[$REPEATS / 2] / 1e9);
JSH
scripts/wb "$WORK/time.jsh" | tee "$WORK/wb.txt"
# Peak RSS of one save, and of one load, each in a process of its own (the data set included).
echo "var d = dataset($ROWS, 10); save(d, \"$WORK/rss.csv\");" > "$WORK/save.jsh"
echo "var d = load(\"$WORK/wb.csv\");" > "$WORK/load.jsh"
save_rss=$(/usr/bin/time -f %M scripts/wb "$WORK/save.jsh" 2>&1 >/dev/null | tail -1)
load_rss=$(/usr/bin/time -f %M scripts/wb "$WORK/load.jsh" 2>&1 >/dev/null | tail -1)
size=$(stat -c %s "$WORK/wb.csv")

"$PY" src/bench/python/csv_bench.py --csv "$WORK/wb.csv" --repeats "$REPEATS" --out "$WORK/py.txt"
for tool in numpy pandas; do
    for op in save load; do
        if grep -q "^$tool $op" "$WORK/py.txt"; then
            rss=$(/usr/bin/time -f %M "$PY" src/bench/python/csv_bench.py --csv "$WORK/wb.csv" --only "$tool $op" \
                --out /dev/null 2>&1 >/dev/null | tail -1)
            echo "$tool $op rss $rss" >> "$WORK/py.txt"
        fi
    done
done

echo
echo "$ROWS rows x 11 columns, $((size / 1000000)) MB; java: $(java -version 2>&1 | head -1);" \
    "$($PY -c 'import numpy; print("numpy", numpy.__version__)')," \
    "$($PY -c 'import pandas; print("pandas", pandas.__version__)' 2>/dev/null || echo 'pandas not installed');" \
    "$(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| tool | save (s) | MB/s | peak RSS (MB) | load (s) | MB/s | peak RSS (MB) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
read -r _ _ wb_save _ wb_load < "$WORK/wb.txt"
mbs() { awk -v s="$size" -v t="$1" 'BEGIN { printf "%.1f", s / 1e6 / t }'; }
echo "| wb | $wb_save | $(mbs "$wb_save") | $((save_rss / 1024)) | $wb_load | $(mbs "$wb_load") | $((load_rss / 1024)) |"
for tool in numpy pandas; do
    if grep -q "^$tool save" "$WORK/py.txt"; then
        s=$(awk -v t=$tool '$1 == t && $2 == "save" && NF == 3 { print $3 }' "$WORK/py.txt")
        l=$(awk -v t=$tool '$1 == t && $2 == "load" && NF == 3 { print $3 }' "$WORK/py.txt")
        sr=$(awk -v t=$tool '$1 == t && $2 == "save" && $3 == "rss" { print int($4 / 1024) }' "$WORK/py.txt")
        lr=$(awk -v t=$tool '$1 == t && $2 == "load" && $3 == "rss" { print int($4 / 1024) }' "$WORK/py.txt")
        echo "| $tool | $s | $(mbs "$s") | $sr | $l | $(mbs "$l") | $lr |"
    else
        echo "| $tool | not installed | | | | | |"
    fi
done
