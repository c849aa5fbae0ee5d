#!/usr/bin/env bash
# Start a throwaway PostgreSQL on 127.0.0.1 for the learner-store tests and print its URL.
# Installs Debian's postgresql when it is missing. Usage: .ci/postgres.sh [DATA_DIR]; stop it
# with DATA_DIR/stop.sh.
set -euo pipefail
PORT=${TUTOR_TEST_PG_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "installing postgresql from Debian packages..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
BIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
DATA=${1:-$(mktemp -d /tmp/tutor-pg.XXXXXX)}
mkdir -p "$DATA"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$DATA"
as_pg "$BIN/initdb" -D "$DATA" -U postgres -A trust >/dev/null
as_pg "$BIN/pg_ctl" -D "$DATA" -l "$DATA/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$DATA -c max_connections=200" start >/dev/null
as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qc "CREATE DATABASE tutor_test" >/dev/null
cat > "$DATA/stop.sh" <<STOP
#!/usr/bin/env bash
if [ "\$(id -u)" = 0 ]; then runuser -u postgres -- "$BIN/pg_ctl" -D "$DATA" -m fast stop; else "$BIN/pg_ctl" -D "$DATA" -m fast stop; fi
STOP
chmod +x "$DATA/stop.sh"
echo "postgres data dir: $DATA (stop: $BIN/pg_ctl -D $DATA stop)" >&2
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/tutor_test"
