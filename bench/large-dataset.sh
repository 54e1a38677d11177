#!/usr/bin/env bash
# Grows an app-created Microcred database to 1,000,000 issued credentials, 100,000 teachers in 20 districts and
# 10,000 published catalog entries, with bench/large-dataset.sql run by psql in one transaction (see
# docs/benchmarks.md, "Baseline at 1M credentials", for what it generates and what it does not).
#
#   bench/large-dataset.sh DATA_DIR               the embedded default: the app is running with microcred.data-dir=DATA_DIR
#   bench/large-dataset.sh postgresql://U:P@H/DB  an external PostgreSQL the app has created its schema in
#
# Create the database first by starting the app once on it (Flyway creates the schema, the first start seeds the
# demo data, whose issued credentials are the signed templates), e.g.
#   java -jar target/microcred-*.jar --microcred.data-dir=target/bench-data/app --server.port=8157
# Sizes (defaults): CREDENTIALS=1000000 TEACHERS=100000 (both added), CATALOG=10000 DISTRICTS=20 (both in all),
# SCHOOLS=10 (per new district). bench/large-dataset-undo.sql removes what it added.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="$1"
if [ -d "$target" ]; then
  connect=(-h localhost -p "$(sed -n 4p "$target/db/postmaster.pid")" -U postgres -d microcred)
else
  connect=("$target")
fi
export PGOPTIONS="-c bench.credentials=${CREDENTIALS:-1000000} -c bench.teachers=${TEACHERS:-100000}
  -c bench.catalog=${CATALOG:-10000} -c bench.districts=${DISTRICTS:-20} -c bench.schools=${SCHOOLS:-10}
  -c maintenance_work_mem=256MB -c work_mem=64MB -c synchronous_commit=off"
echo "--- $(date -u '+%Y-%m-%d %H:%M UTC'), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
time psql "${connect[@]}" -v ON_ERROR_STOP=1 -1 -q -f "$here/large-dataset.sql"
echo "--- load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
