#!/bin/sh
# Restores a backup made by bin/backup.sh into an EMPTY database and an empty data directory.
#   bin/restore.sh /backups/microcred-2026-12-03 [--microcred.data-dir=./data] [--spring.datasource.url=...]
# A database that already has tables, or a data directory that already holds evidence, is refused.
# Put the original master key in place (<data-dir>/master.key or microcred.badge.master-key) before starting.
# MICROCRED_JAR names the application jar (default: the one in target/).
set -eu
jar="${MICROCRED_JAR:-$(ls "$(dirname "$0")"/../target/microcred-*.jar 2>/dev/null | grep -v original | head -n 1)}"
if [ -z "$jar" ] || [ ! -f "$jar" ]; then
  echo "No application jar: build it (./mvnw -DskipTests package) or set MICROCRED_JAR" >&2
  exit 2
fi
if [ $# -lt 1 ]; then
  echo "Usage: $0 <backup directory> [--microcred.data-dir=...] [--spring.datasource.url=...]" >&2
  exit 2
fi
exec java -jar "$jar" restore "$@"
