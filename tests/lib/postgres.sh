#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the PostgreSQL checks: Debian's server binaries (installed by
# .ci/run), a cluster of its own in a temporary folder, trust authentication on 127.0.0.1 only.
#   source tests/lib/postgres.sh; pg_start [port]   -> sets PG_PORT, PG_DIR and PG_CONNECTION (an Npgsql connection string)
#   pg_stop                                          -> stops the server and deletes its folder
# As root, the server runs as the 'postgres' user that Debian's package creates (PostgreSQL refuses to run as root).

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] || { echo "PostgreSQL's server is not installed (Debian package postgresql)" >&2; return 1; }
  echo "$dir"
}

pg_as_owner() { # command... : run as the cluster's owner
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"
  else
    "$@"
  fi
}

pg_start() {
  local bin port=${1:-0}
  bin=$(pg_bin) || return 1
  if [ "$port" = 0 ]; then
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
  fi
  PG_DIR=$(mktemp -d /tmp/telnyxmock-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_DIR"
  pg_as_owner "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  # fsync off by default: the checks kill mock processes, never the server, so the server's own durability is not under
  # test. PG_OPTIONS replaces that (benchmarks/replicas.sh keeps fsync on).
  pg_as_owner "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=400 ${PG_OPTIONS:--c fsync=off -c full_page_writes=off}" start >/dev/null \
    || { cat "$PG_DIR/server.log" >&2; return 1; }
  PG_PORT=$port
  PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  export PG_PORT PG_DIR PG_CONNECTION
}

pg_stop() {
  local bin
  bin=$(pg_bin) || return 0
  [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ] && pg_as_owner "$bin/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1
  [ -n "${PG_DIR:-}" ] && rm -rf "$PG_DIR"
  return 0
}

pg_sql() { # sql [database]
  "$(pg_bin)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "${2:-postgres}" -v ON_ERROR_STOP=1 -qAtc "$1"
}
