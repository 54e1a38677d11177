#!/usr/bin/env bash
# Floods the public verifier with 20 parallel 500 MB posts (no log-in), twice: with a declared Content-Length and
# chunked (no length), then checks that the app is healthy, still verifies, and that its heap did not grow with
# the posted size. Starts its own Microcred on loopback with -Xmx256m (a throw-away data directory) and stops it
# at the end; every curl is bounded by --max-time. Needs the compiled project (./mvnw -q test-compile) and curl.
# usage: bench/verify-flood.sh [parallel] [megabytes]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
parallel=${1:-20}
megabytes=${2:-500}
port=${PORT:-8097}
base="http://127.0.0.1:$port"
data="$(mktemp -d)"
cd "$root"
classpath="$(./mvnw -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=/dev/stdout)"
java -Xmx256m -cp "$root/target/classes:$classpath" org.microcred.MicrocredApplication --server.port="$port" \
  --server.address=127.0.0.1 --microcred.data-dir="$data" --microcred.demo=false >"$data/app.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null; wait "$app" 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 180); do
  curl -sf "$base/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
heap() { jcmd "$app" GC.heap_info | awk '/garbage-first heap|def new generation|PSYoungGen|ZHeap|Shenandoah/ {print; exit}'; }
used_mb() { jcmd "$app" GC.run >/dev/null; jcmd "$app" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*' | awk '{print int($1/1024)}'; }
echo "heap before: $(used_mb) MB used after a full GC ($(heap | sed 's/^ *//'))"
sparse="$data/big.json"
truncate -s "${megabytes}M" "$sparse"
flood() {
  local mode=$1
  local peak=0
  local codes="$data/codes-$mode"
  local pids=()
  mkdir -p "$codes"
  for i in $(seq 1 "$parallel"); do
    if [ "$mode" = declared ]; then
      { curl -s -o /dev/null -w '%{http_code}' --max-time 60 -X POST -H 'Expect:' -H 'Content-Type: application/json' \
        -T "$sparse" "$base/api/v1/verify" || printf ' (closed by the server mid-upload)'; echo; } >"$codes/$i" &
    else
      { head -c "${megabytes}M" /dev/zero | curl -s -o /dev/null -w '%{http_code}' --max-time 60 -X POST -H 'Expect:' \
        -H 'Content-Type: application/json' -H 'Transfer-Encoding: chunked' -T - "$base/api/v1/verify" \
        || printf ' (closed by the server mid-upload)'; echo; } >"$codes/$i" &
    fi
    pids+=($!)
  done
  while kill -0 "${pids[@]}" 2>/dev/null; do
    local now
    now=$(jcmd "$app" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*' || echo 0)
    [ "$now" -gt "$peak" ] && peak=$now
    sleep 0.2
  done
  wait "${pids[@]}" 2>/dev/null || true
  echo "$mode: $parallel × $megabytes MB -> answers: $(cat "$codes"/* | sort | uniq -c | sed 's/^ *//' | paste -sd ';' -), peak heap used $((peak / 1024)) MB"
}
flood declared
flood chunked
echo "heap after: $(used_mb) MB used after a full GC"
echo "health: $(curl -s "$base/actuator/health")"
echo "a small credential still gets a report: HTTP $(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  --data '{"@context":[]}' "$base/api/v1/verify")"
grep -c 'OutOfMemoryError' "$data/app.log" | sed 's/^/OutOfMemoryError in the log: /' || true
