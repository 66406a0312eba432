#!/usr/bin/env bash
# Reproduces BENCHMARKS.md: builds the JMH jar, generates the document (never committed) and runs the
# suite with the floor of BENCHMARKS.md. Run from anywhere; works in the repo root.
#
#   benchmarks/run.sh                 # the full suite: -f 2 -wi 5 -w 2s -i 5 -r 2s -t 1 -prof gc
#   benchmarks/run.sh ReadBenchmarks  # extra arguments go to JMH (a benchmark regex, -f 1, ...)
#   CLI_CHECK=1 benchmarks/run.sh     # also: the CLI's metrics on 1 000 000 participants with -Xmx256m
#
# Environment: PARTICIPANTS (default 100000), MVN_OFFLINE (default -o; set empty to go online),
# CLI_JAR (default examples/target/samverkan-cli.jar, built by the examples module when absent).
set -euo pipefail
cd "$(dirname "$0")/.."

participants=${PARTICIPANTS:-100000}
data=benchmarks/target/data
out=benchmarks/target

./mvnw -B ${MVN_OFFLINE--o} -q -pl benchmarks -am install -DskipTests
java -cp "$out/benchmarks.jar" se.samverkan.benchmarks.GeneratedDocument \
    "$data/participants-$participants.json" "$participants"

java -Dsamverkan.benchmark.participants="$participants" -Dsamverkan.benchmark.dir="$data" \
    -jar "$out/benchmarks.jar" -f 2 -wi 5 -w 2s -i 5 -r 2s -t 1 -prof gc \
    -rf json -rff "$out/results.json" "$@" | tee "$out/results.txt"

if [[ "${CLI_CHECK:-0}" == 1 ]]; then
    cli=${CLI_JAR:-examples/target/samverkan-cli.jar}
    if [[ ! -f "$cli" ]]; then
        ./mvnw -B ${MVN_OFFLINE--o} -q -pl examples -am package -DskipTests
    fi
    java -Xmx4g -cp "$out/benchmarks.jar" se.samverkan.benchmarks.GeneratedDocument \
        "$data/participants-1000000.json" 1000000
    start=$(date +%s%N)
    java -Xmx256m -jar "$cli" metrics "$data/participants-1000000.json" > "$out/cli-metrics-1000000.json"
    end=$(date +%s%N)
    echo "CLI metrics, 1 000 000 participants, -Xmx256m: exit 0 in $(( (end - start) / 1000000 )) ms" \
        "($(wc -c < "$out/cli-metrics-1000000.json") bytes of metrics JSON)"
fi
