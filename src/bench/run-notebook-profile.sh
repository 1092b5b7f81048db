#!/usr/bin/env bash
# Where the time of `scripts/wb scripts/weight-decay.jsh` goes: wb.bench.NotebookProfile takes a
# script run's steps, each timed, in a fresh JVM with the launcher's options and start-up cache.
# Runs it RUNS times (default 5) and prints each run's lines; read the medians across runs.
#   bash src/bench/run-notebook-profile.sh [SCRIPT]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
SCRIPT=${1:-scripts/weight-decay.jsh}
mvn -B -q -Pbench -DskipTests package
scripts/wb --version >/dev/null    # builds target/wb.jar and this JDK's start-up cache if needed
runtime=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')
archive="target/jvm-cache/wb-${runtime//[^A-Za-z0-9._-]/_}.jsa"
# The launcher's options (scripts/wb); the class path starts with the jar, so the archive applies.
opts=(-Xss8m -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=20000
      -XX:Tier4CompileThreshold=60000 -XX:Tier4BackEdgeThreshold=200000
      -XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off)
for ((i = 1; i <= RUNS; i++)); do
  echo "== run $i"
  java "${opts[@]}" -cp "target/wb.jar:target/bench/classes" wb.bench.NotebookProfile "$SCRIPT"
done
