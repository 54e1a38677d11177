#!/usr/bin/env bash
# Offline quality of the recommender on the demo history: hold out each teacher's last earned credential, hit rate
# at 5 against a popularity baseline in the same run (see docs/benchmarks.md, "Recommendations").
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -q -o test-compile
classpath="$(./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
java -Xmx1g -cp "target/test-classes:target/classes:$classpath" org.microcred.growth.bench.RecommendationQualityBenchmark
