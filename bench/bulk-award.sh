#!/usr/bin/env bash
# Bulk award of 10,000 credentials end to end on the embedded PostgreSQL, with the signing rate of the same run as
# anchor (see docs/benchmarks.md, "Bulk award"). Argument: how many credentials (default 10000).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -q -o test-compile
classpath="$(./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
java -Xmx2g -cp "target/test-classes:target/classes:$classpath" org.microcred.badge.bench.BulkAwardBenchmark "${1:-10000}"
