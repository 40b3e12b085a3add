#!/usr/bin/env bash
# Run a command against a throw-away PostgreSQL cluster: create and start it, export
# KECHUANG_DATABASE_URL, run the command, then stop and drop the cluster whatever happened.
set -euo pipefail
PORT=${KECHUANG_PG_PORT:-5439}
NAME=kechuang_test_$$
VERSION=$(ls /usr/lib/postgresql | sort -V | tail -1)
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
cleanup() {
  $SUDO pg_ctlcluster "$VERSION" "$NAME" stop -m fast >/dev/null 2>&1 || true
  $SUDO pg_dropcluster "$VERSION" "$NAME" >/dev/null 2>&1 || true
}
trap cleanup EXIT
$SUDO pg_createcluster "$VERSION" "$NAME" -p "$PORT" --start-conf manual -- --auth-local=trust --auth-host=scram-sha-256 >/dev/null
$SUDO pg_ctlcluster "$VERSION" "$NAME" start
as_postgres psql -q -p "$PORT" -c "CREATE ROLE kechuang LOGIN CREATEDB PASSWORD 'kechuang-test'"
as_postgres createdb -p "$PORT" -O kechuang kechuang
echo "PostgreSQL $VERSION 已启动(端口 $PORT)"
export KECHUANG_DATABASE_URL="postgres://kechuang:kechuang-test@127.0.0.1:$PORT/kechuang"
"$@"
