#!/bin/sh
# Restores a backup of backup.sh into an EMPTY database and data directory. Usage: restore.sh BACKUP_DIR
# Create the database first (createdb), point PGDATABASE and PODIUM_DATA_DIR at the new places, then start
# Podium on them: Flyway finds the schema up to date (or migrates a backup of an older version).
set -eu
source="${1:?usage: restore.sh BACKUP_DIR}"
pg_restore --no-owner --exit-on-error --dbname="${PGDATABASE:?set PGDATABASE}" "$source/podium.dump"
mkdir -p "${PODIUM_DATA_DIR:?set PODIUM_DATA_DIR}"
if [ -f "$source/data.tar.gz" ]; then
  tar -xzf "$source/data.tar.gz" -C "$PODIUM_DATA_DIR"
fi
echo "restored $source into database $PGDATABASE and $PODIUM_DATA_DIR"
