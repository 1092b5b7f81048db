# Sourced by the run-*.sh benchmarks: builds the bench profile and runs one JMH benchmark class.
#   run_jmh NAME CLASS [JVM options...]   writes target/bench/NAME-jmh.json; JMH_ARGS adds JMH options
# The caller has cd'ed to the repository root and set -euo pipefail.

run_jmh() {
    local name="$1" class="$2"
    shift 2
    mvn -B -q -Pbench -DskipTests package
    mkdir -p target/bench
    # JMH_ARGS is split on purpose: it holds several options ("-wi 2 -i 3").
    # shellcheck disable=SC2086
    java "$@" -cp "target/bench/classes:target/bench/lib/*" org.openjdk.jmh.Main "$class" ${JMH_ARGS:-} \
        -rf json -rff "target/bench/$name-jmh.json"
}
