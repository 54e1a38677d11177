#!/usr/bin/env bash
# Award from a CSV file of 10,000 rows (one in a hundred with a mistake) end to end on the embedded PostgreSQL, with
# the signing rate of the same run as anchor (see docs/benchmarks.md, "Award from a CSV file"). Argument: how many
# rows (default 10000). The generated file is kept in target/bench/award-csv-<rows>.csv, the report in
# target/bench/award-csv.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -q -o test-compile
classpath="$(./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
# a copy of the classes, so a build in this tree during the run cannot pull them from under the benchmark
snapshot="$(mktemp -d)"
cp -r target/classes target/test-classes "$snapshot/"
java -Xmx2g -cp "$snapshot/test-classes:$snapshot/classes:$classpath" org.microcred.integration.bench.AwardCsvBenchmark "${1:-10000}"
rm -rf "$snapshot"
