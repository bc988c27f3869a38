#!/bin/sh
# Backs up what Podium keeps: the PostgreSQL database (pg_dump, custom format) and the data directory
# (uploads; mail-out only with the folder transport). Usage: backup.sh BACKUP_DIR
# Connection from the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE); the data
# directory from PODIUM_DATA_DIR. Safe while Podium runs: pg_dump reads one consistent snapshot.
set -eu
target="${1:?usage: backup.sh BACKUP_DIR}"
mkdir -p "$target"
pg_dump --format=custom --no-owner --file="$target/podium.dump"
if [ -d "${PODIUM_DATA_DIR:?set PODIUM_DATA_DIR}" ]; then
  # the embedded H2 files are not part of a PostgreSQL installation's backup
  tar -czf "$target/data.tar.gz" -C "$PODIUM_DATA_DIR" --exclude='podium.mv.db' --exclude='podium.trace.db' .
fi
echo "backup written to $target"
