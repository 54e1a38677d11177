#!/usr/bin/env bash
# Uploads a 2 GB video as evidence to a running Microcred (started with -Xmx256m, see docs/benchmarks.md) as the
# demo teacher, into the first file-accepting evidence part of her in-progress credential.
# usage: BASE=http://localhost:8092 bench/upload-2gb.sh [file]
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
FILE=${1:-/tmp/big.mp4}
if [ ! -f "$FILE" ]; then
  # an MP4 header (so the type detected from the bytes is video/mp4) followed by zeros, just under 2 GiB
  python3 -c "
f = open('$FILE', 'wb'); f.write(b'\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom\x00\x00\x00\x08free'); f.truncate(2 * 1024**3 - 4096)"
fi
JAR=$(mktemp); trap 'rm -f "$JAR"' EXIT
csrf() { grep -o 'name="_csrf" [^>]*content="[^"]*"\|name="_csrf" value="[^"]*"' | head -1 | sed 's/.*\(content\|value\)="//; s/"$//'; }
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | csrf)
curl -s -o /dev/null -c "$JAR" -b "$JAR" -d "username=teacher@demo.microcred.org&password=Microcred-demo-2026&_csrf=$TOKEN" "$BASE/login"
LEARN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/teacher" | grep -o 'href="/learn/[0-9a-f-]*"' | head -1 | sed 's/href="//; s/"//')
PAGE=$(curl -s -c "$JAR" -b "$JAR" "$BASE$LEARN")
ACTION=$(echo "$PAGE" | grep -o 'action="/learn/[0-9a-f-]*/parts/[^"]*/files"' | head -1 | sed 's/action="//; s/"//')
TOKEN=$(echo "$PAGE" | csrf)
echo "uploading $(stat -c %s "$FILE") bytes to $ACTION"
/usr/bin/time -f "%e s wall" curl -s -o /dev/null -w "HTTP %{http_code}, %{size_upload} bytes sent\n" -c "$JAR" -b "$JAR" \
  -H "X-CSRF-TOKEN: $TOKEN" -H "HX-Request: true" -F "file=@$FILE;type=video/mp4" "$BASE$ACTION"
curl -s -c "$JAR" -b "$JAR" "$BASE$LEARN" | grep -o "$(basename "$FILE")[^<]*" | head -1
