#!/usr/bin/env bash
# Throughput and latency of the public pages (and a few logged-in ones) against a static file of the same app, in
# one run: wrk -t2 -c16 on loopback, a 5 s warm-up then a 20 s measurement per URL. See docs/benchmarks.md.
#
#   bench/public-pages.sh DATA_DIR [BASE_URL]
#
# DATA_DIR is the running app's microcred.data-dir (its embedded PostgreSQL is asked, with psql, for ids to
# request); BASE_URL defaults to http://localhost:8080. Needs wrk (apt-get install wrk), psql and curl.
# DURATION (20s) and WARMUP (5s) can be changed in the environment. Every run stops by itself.
set -euo pipefail
dir="$1"
base="${2:-http://localhost:8080}"
here="$(cd "$(dirname "$0")" && pwd)"
duration="${DURATION:-20s}"
warmup="${WARMUP:-5s}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
port="$(sed -n 4p "$dir/db/postmaster.pid")"
sql() { psql -h localhost -p "$port" -U postgres -d microcred -At -c "$1"; }

credential="$(sql "select id from issued_credential where state = 'ACTIVE' and not stack and issued_at < now() - interval '1 day' order by id limit 1 offset 12345")"
sql "select '/credentials/' || id from issued_credential tablesample system (2) repeatable (7) limit 10000" > "$work/credentials"
issuer="$(sql "select c.issuer_id from credential c join credential_version v on v.credential_id = c.id where v.status = 'PUBLISHED' group by 1 order by count(*) desc limit 1")"

echo "--- $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), wrk -t2 -c16 -d$duration"
echo "--- load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
sql "select (select count(*) from issued_credential) as credentials,
  (select count(*) from role_grant where role = 'TEACHER') as teachers,
  (select count(*) from credential_version where status = 'PUBLISHED') as published,
  (select count(*) from enrollment) as enrollments, (select count(*) from attempt) as attempts" | tr '|' ' ' | \
  awk '{print "--- data: " $1 " credentials, " $2 " teachers, " $3 " published catalog entries, " $4 " enrollments, " $5 " attempts"}'
printf '%-34s %10s %9s %9s %9s %7s %s\n' "what" "req/s" "p50 ms" "p95 ms" "p99 ms" "ratio" "errors"

anchor=""
measure() { # name, path, extra wrk arguments...
  local name="$1" path="$2"; shift 2
  wrk -t2 -c16 -d"$warmup" --timeout 30s -s "$here/rotate.lua" "$@" "$base$path" > /dev/null 2>&1 || true
  wrk -t2 -c16 -d"$duration" --timeout 30s --latency -s "$here/rotate.lua" "$@" "$base$path" > "$work/out" 2>&1 || true
  local rps p50 p95 p99 errors
  rps="$(awk '/^Requests\/sec/ {print $2}' "$work/out")"
  read -r p50 p95 p99 < <(awk '/^PERCENTILES/ {gsub(/p[0-9]+=|max=/, ""); print $2, $3, $4}' "$work/out")
  errors="$(grep -E 'Non-2xx|Socket errors' "$work/out" | tr -s ' ' | paste -sd';' || true)"
  [ -z "$anchor" ] && anchor="$rps"
  printf '%-34s %10.0f %9s %9s %9s %6.2fx %s\n' "$name" "$rps" "$p50" "$p95" "$p99" "$(echo "$rps / $anchor" | bc -l)" "${errors:-none}"
}

measure "static /css/app.css (anchor)" "/css/app.css"
measure "badge page HTML, one credential" "/credentials/$credential" -H "Accept: text/html"
PATHS="$work/credentials" measure "badge page HTML, 10,000 credentials" "/" -H "Accept: text/html"
measure "badge JSON, one credential" "/credentials/$credential" -H "Accept: application/vc+ld+json"
PATHS="$work/credentials" measure "badge JSON, 10,000 credentials" "/" -H "Accept: application/vc+ld+json"
measure "issuer page (largest issuer)" "/issuers/$issuer" -H "Accept: text/html"
measure "/catalog" "/catalog" -H "Accept: text/html"
measure "/catalog?grade=GRADES_6_8&cost=free" "/catalog?grade=GRADES_6_8&cost=free" -H "Accept: text/html"
measure "/catalog?q=coaching" "/catalog?q=coaching" -H "Accept: text/html"
measure "/api/v1/catalog?q=coaching" "/api/v1/catalog?q=coaching"

# Logged-in pages: one session each (16 connections share it), as a person with typical data at this size.
login() { # email -> SESSION cookie value
  local jar="$work/jar" token
  rm -f "$jar"
  token="$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"//' | head -1)"
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=Microcred-demo-2026" \
    --data-urlencode "_csrf=$token" "$base/login"
  awk '$6 == "SESSION" {print $7}' "$jar"
}
teacher="$(sql "select a.email from account a join issued_credential c on c.teacher_id = a.id where a.email not like '%@demo.microcred.org'
  group by a.email having count(*) = 10 order by a.email limit 1")"
enrollment="$(sql "select e.id from enrollment e join account a on a.id = e.teacher_id where a.email = '$teacher' and e.status = 'PASSED' limit 1")"
district="$(sql "select organization_id from role_grant g join account a on a.id = g.account_id where a.email = 'district@demo.microcred.org'")"
session="$(login "$teacher")"
measure "teacher home ($teacher, 10 credentials)" "/teacher" -H "Cookie: SESSION=$session"
measure "learn page (a passed enrollment)" "/learn/$enrollment" -H "Cookie: SESSION=$session"
reviewer="$(sql "select a.email from account a join reviewer_pool p on p.reviewer_id = a.id where p.status = 'ACTIVE'
  group by a.email order by count(*) desc, a.email offset (select count(distinct reviewer_id) / 2 from reviewer_pool) limit 1")"
session="$(login "$reviewer")"
measure "reviewer queue (median reviewer)" "/reviewer" -H "Cookie: SESSION=$session"
session="$(login reviewer@demo.microcred.org)"
measure "reviewer queue (reviewer@demo)" "/reviewer" -H "Cookie: SESSION=$session"
session="$(login district@demo.microcred.org)"
measure "district reports (district@demo)" "/districts/$district/reports" -H "Cookie: SESSION=$session"
measure "static /css/app.css (again, at the end)" "/css/app.css"
echo "--- load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
