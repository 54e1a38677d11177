#!/usr/bin/env bash
# Grows an app-created Microcred database to 1,000,000 issued credentials, 100,000 teachers in 20 districts and
# 10,000 published catalog entries (see docs/benchmarks.md, "Public pages at a million credentials").
#
#   bench/large-dataset.sh --data-dir DIR [options]        the embedded default: DIR is the app's microcred.data-dir
#   bench/large-dataset.sh --jdbc-url URL --user U --password P --master-key BASE64 [options]   an external PostgreSQL
#
# The database must have been created by the app (started once on it: schema, issuer keys, demo data or empty).
# With --data-dir the app should be stopped: the script starts the embedded PostgreSQL itself, with bulk-load
# settings (if the app runs, it uses the app's server instead). It runs once per database and refuses a second run.
# Options (defaults): --teachers 100000 --credentials 1000000 --catalog 10000 --districts 20 --issuers 40
#   --reviewers 2000 --seed 42 --workers 2 (signing and writing threads) --batch 500 (teachers per transaction)
#   --base-url URL (default: the one in the credentials already issued, else http://localhost:8080)
#
# --init-demo DIR PORT: first start the app's jar once on DIR (an empty directory) with the demo data and the
# base URL http://localhost:PORT, wait until the demo data is in, and stop it; then grow it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if [ "${1:-}" = "--init-demo" ]; then
  dir="$2"; port="$3"; shift 3
  jar="$(ls target/microcred-*.jar | head -1)"
  mkdir -p "$dir"
  echo "--- starting $jar once on $dir (port $port) to create the schema, keys and demo data"
  java -jar "$jar" --microcred.data-dir="$dir" --server.port="$port" > "$dir/init.log" 2>&1 &
  app=$!
  for _ in $(seq 1 600); do
    grep -q "Demo data: district-history" "$dir/init.log" && break
    kill -0 "$app" 2>/dev/null || { echo "the app stopped; see $dir/init.log"; exit 1; }
    sleep 1
  done
  kill "$app"; wait "$app" || true
  set -- --data-dir "$dir" "$@"
fi

./mvnw -o -q test-compile
mkdir -p target/bench
[ -s target/bench/classpath.txt ] && [ target/bench/classpath.txt -nt pom.xml ] || \
  ./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
echo "--- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "--- load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx4g -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" \
  org.microcred.bench.LargeDataset "$@" 2>&1 | grep --line-buffered -v "io.zonky.test.db.postgres.embedded.EmbeddedPostgres"
echo "--- load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
