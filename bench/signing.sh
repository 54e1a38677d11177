#!/usr/bin/env bash
# Signing and verifying credentials of one design against raw Ed25519 in one JMH run, then the Digital Bazaar
# JavaScript anchor (see docs/benchmarks.md, "Signing near the Ed25519 limit"). Short on purpose: one fork,
# 3 × 2 s warm-up, 5 × 2 s measurement per benchmark. Optional argument: JS operations (default 500).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
[ -d interop/node_modules ] || (cd interop && npm ci --no-audit --no-fund)
./mvnw -q -o test-compile
classpath="$(./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
# a copy of the classes, so a build in this tree during the run cannot pull them from under the benchmark
snapshot="$(mktemp -d)"
cp -r target/classes target/test-classes "$snapshot/"
cp="$snapshot/test-classes:$snapshot/classes:$classpath"
mkdir -p target/bench
echo "--- load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "--- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1), node $(node --version)"
java -cp "$cp" org.openjdk.jmh.Main \
  'CredentialBenchmarks\.(signOneDesign|verifyOneDesign|rawEd25519Sign|rawEd25519Verify|signFastPath|verifyFastPath)$' \
  -f 1 -wi 3 -w 2s -i 5 -r 2s -t 1 | tee target/bench/jmh.txt
echo "--- load average between: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$cp" org.microcred.badge.vc.bench.CredentialBenchmarks target/bench/micro-credential.json 'none$' >/dev/null 2>&1 || true
node interop/bench.mjs target/bench/micro-credential.json "${1:-500}" | tee target/bench/js.txt
echo "--- load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$snapshot"
