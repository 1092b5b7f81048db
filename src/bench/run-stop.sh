#!/usr/bin/env bash
# Stop latency (what Ctrl-C at the prompt costs) on each JDK: wb.bench.StopLatency stops a loop in
# a snippet, Thread.sleep and a long helper (the Gram of 20000 x 2000) 500 ms after each starts and
# prints the median and largest time from the stop to the snippet's outcome, in milliseconds.
#   bash src/bench/run-stop.sh [JDK_HOME...]     # default: the java on PATH, and Temurin 25 if present
set -euo pipefail
cd "$(dirname "$0")/../.."
jdks=("$@")
if ((${#jdks[@]} == 0)); then
  jdks=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  [[ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]] && jdks+=(/usr/lib/jvm/temurin-25-jdk-amd64)
fi
mvn -B -q -Pbench -DskipTests package
echo "| JDK | stopping | median (ms) | largest (ms) |"
echo "| --- | --- | ---: | ---: |"
for jdk in "${jdks[@]}"; do
  native=()
  "$jdk/bin/java" --enable-native-access=ALL-UNNAMED -version >/dev/null 2>&1 && native=(--enable-native-access=ALL-UNNAMED)
  "$jdk/bin/java" "${native[@]}" -Xss8m -Xmx3g -cp "target/bench/classes:target/bench/lib/*" wb.bench.StopLatency
done
