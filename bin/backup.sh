#!/bin/sh
# Backs up a Microcred installation: database rows + local evidence files into a new directory.
#   bin/backup.sh /backups/microcred-$(date +%F) [--microcred.data-dir=./data] [--spring.datasource.url=...]
# Embedded database: stop Microcred first (the tool refuses otherwise). External PostgreSQL: may run while serving.
# The master key is not copied: keep <data-dir>/master.key (or microcred.badge.master-key) in a separate safe place.
# MICROCRED_JAR names the application jar (default: the one in target/).
set -eu
jar="${MICROCRED_JAR:-$(ls "$(dirname "$0")"/../target/microcred-*.jar 2>/dev/null | grep -v original | head -n 1)}"
if [ -z "$jar" ] || [ ! -f "$jar" ]; then
  echo "No application jar: build it (./mvnw -DskipTests package) or set MICROCRED_JAR" >&2
  exit 2
fi
if [ $# -lt 1 ]; then
  echo "Usage: $0 <new backup directory> [--microcred.data-dir=...] [--spring.datasource.url=...]" >&2
  exit 2
fi
exec java -jar "$jar" backup "$@"
