#!/usr/bin/env bash
# Uploads a 2 GB video as evidence over the resumable (tus) protocol to a running Microcred, as the demo teacher, into
# the first file-accepting evidence part of her in-progress credential, in PATCHes of $CHUNK bytes (64 MB). Stop it
# (Ctrl-C, a dropped network, a restarted server) and run it again: it asks the server how far it got (HEAD) and
# continues from there; the upload's address is kept in $STATE.
# The teacher must have confirmed the privacy promise on that page first, or the last piece is refused (a video).
# usage: BASE=http://localhost:8092 bench/upload-2gb-resumable.sh [file]
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
FILE=${1:-/tmp/big.mp4}
CHUNK=${CHUNK:-67108864}
STATE=${STATE:-/tmp/upload-2gb-resumable.url}
if [ ! -f "$FILE" ]; then
  # an MP4 header (so the type detected from the bytes is video/mp4) followed by zeros, just under 2 GiB
  python3 -c "
f = open('$FILE', 'wb'); f.write(b'\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom\x00\x00\x00\x08free'); f.truncate(2 * 1024**3 - 4096)"
fi
JAR=$(mktemp); trap 'rm -f "$JAR"' EXIT
csrf() { grep -o 'name="_csrf" [^>]*content="[^"]*"\|name="_csrf" value="[^"]*"' | head -1 | sed 's/.*\(content\|value\)="//; s/"$//'; }
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | csrf)
curl -s -o /dev/null -c "$JAR" -b "$JAR" -d "username=teacher@demo.microcred.org&password=Microcred-demo-2026&_csrf=$TOKEN" "$BASE/login"
# the first of her credentials whose evidence can still change (its page offers a resumable upload)
for LEARN in $(curl -s -c "$JAR" -b "$JAR" "$BASE/teacher" | grep -o 'href="/learn/[0-9a-f-]*"' | sed 's/href="//; s/"//' | sort -u); do
  PAGE=$(curl -s -c "$JAR" -b "$JAR" "$BASE$LEARN")
  ENDPOINT=$(echo "$PAGE" | { grep -o 'data-resumable="/learn/[0-9a-f-]*/parts/[^"]*/uploads"' || true; } | head -1 | sed 's/data-resumable="//; s/"//')
  if [ -n "$ENDPOINT" ]; then break; fi
done
TOKEN=$(echo "$PAGE" | csrf)
SIZE=$(stat -c %s "$FILE")
header() { tr -d '\r' | grep -i "^$1:" | head -1 | sed 's/^[^:]*: *//'; }
OFFSET=""
if [ -s "$STATE" ]; then
  URL=$(cat "$STATE")
  OFFSET=$(curl -s -I -c "$JAR" -b "$JAR" -H "Tus-Resumable: 1.0.0" "$BASE$URL" | header Upload-Offset || true)
fi
if [ -z "$OFFSET" ]; then
  NAME=$(basename "$FILE" | base64 -w0)
  URL=$(curl -s -D - -o /dev/null -c "$JAR" -b "$JAR" -X POST -H "Tus-Resumable: 1.0.0" -H "X-CSRF-TOKEN: $TOKEN" \
    -H "Upload-Length: $SIZE" -H "Upload-Metadata: filename $NAME" "$BASE$ENDPOINT" | header Location || true)
  if [ -z "$URL" ]; then echo "the server refused the upload:"; curl -s -b "$JAR" -X POST -H "Tus-Resumable: 1.0.0" \
    -H "X-CSRF-TOKEN: $TOKEN" -H "Upload-Length: $SIZE" "$BASE$ENDPOINT"; echo; exit 1; fi
  echo "$URL" > "$STATE"
  OFFSET=0
fi
echo "uploading $SIZE bytes to $URL from offset $OFFSET"
START=$(date +%s.%N)
while [ "$OFFSET" -lt "$SIZE" ]; do
  # tail seeks in a regular file; curl streams stdin (-T -), so nothing is held whole in memory
  NEXT=$( (tail -c +$((OFFSET + 1)) "$FILE" | head -c "$CHUNK" | curl -s -D - -o /dev/null -c "$JAR" -b "$JAR" -X PATCH \
    -H "Tus-Resumable: 1.0.0" -H "X-CSRF-TOKEN: $TOKEN" -H "Upload-Offset: $OFFSET" \
    -H "Content-Type: application/offset+octet-stream" -T - "$BASE$URL" | header Upload-Offset) || true)
  if [ -z "$NEXT" ]; then echo "the server refused the piece at $OFFSET; run again to resume"; exit 1; fi
  OFFSET=$NEXT
  printf '\r%3d %%' $((100 * OFFSET / SIZE))
done
echo; echo "$(echo "$(date +%s.%N) - $START" | bc) s wall"
rm -f "$STATE"
curl -s -c "$JAR" -b "$JAR" "$BASE$LEARN" | grep -o "$(basename "$FILE")[^<]*" | head -1
