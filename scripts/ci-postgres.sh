#!/usr/bin/env bash
# Starts a PostgreSQL server on loopback for the real-PostgreSQL server tests and prints one
# line for the caller to eval:  export DATABASE_URL=postgres://gridroom:gridroom@127.0.0.1:<port>/gridroom_test
# Installs Debian's postgresql package when missing (CI runs as root on a fresh Debian machine).
# Idempotent: a cluster already running is reused, the role and database are created once.
# Everything but the export line goes to stderr.   Usage:  eval "$(scripts/ci-postgres.sh)"
set -euo pipefail

PGPORT="${PGPORT:-5432}"
ROLE=gridroom
PASSWORD=gridroom
DB=gridroom_test

log() { echo "ci-postgres: $*" >&2; }

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi

if ! command -v pg_lsclusters >/dev/null 2>&1 || [[ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]]; then
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq >/dev/null
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$version main"; then
  log "creating cluster $version/main on port $PGPORT"
  "${sudo_cmd[@]}" pg_createcluster -p "$PGPORT" "$version" main >&2
fi
port="$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')"
status="$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}')"
if [[ "$status" != online* ]]; then
  log "starting cluster $version/main on port $port"
  "${sudo_cmd[@]}" pg_ctlcluster "$version" main start >&2
fi

as_postgres() { su postgres -s /bin/sh -c "$1"; }
if [[ $(id -u) -ne 0 ]]; then as_postgres() { sudo -u postgres sh -c "$1"; }; fi

for _ in $(seq 1 30); do
  if as_postgres "psql -p $port -tAc 'SELECT 1'" >/dev/null 2>&1; then break; fi
  sleep 1
done

if [[ "$(as_postgres "psql -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'\"")" != 1 ]]; then
  log "creating role $ROLE"
  # Superuser so tests may create and drop schemas freely in their own database.
  as_postgres "psql -p $port -qc \"CREATE ROLE $ROLE LOGIN SUPERUSER PASSWORD '$PASSWORD'\"" >&2
fi
if [[ "$(as_postgres "psql -p $port -tAc \"SELECT 1 FROM pg_database WHERE datname = '$DB'\"")" != 1 ]]; then
  log "creating database $DB"
  as_postgres "createdb -p $port -O $ROLE $DB" >&2
fi

url="postgres://$ROLE:$PASSWORD@127.0.0.1:$port/$DB"
log "PostgreSQL $version ready at 127.0.0.1:$port"
echo "export DATABASE_URL=$url"
