# Sourced by .ci/run: a throwaway PostgreSQL cluster for the receiver's tests, on a loopback port, stopped
# on exit. Skipped when DATABASE_URL is already set (your own server: see the README, "Receiver").
if [ -z "${DATABASE_URL:-}" ]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$pg_bin" ]; then
    echo "Installing PostgreSQL from Debian for the receiver's tests"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql > /dev/null
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  pg_dir=$(mktemp -d /tmp/consentry-pg.XXXXXX)
  # The first free loopback port from 55432 (a cluster left by an interrupted run keeps its own).
  pg_port=${CONSENTRY_PG_PORT:-55432}
  while (exec 3<> "/dev/tcp/127.0.0.1/$pg_port") 2> /dev/null; do pg_port=$((pg_port + 1)); done
  # initdb refuses to run as root: the cluster belongs to the postgres user when there is one.
  pg_as=()
  if [ "$(id -u)" = 0 ]; then
    id postgres > /dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$pg_dir"
    pg_as=(runuser -u postgres --)
  fi
  "${pg_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" --auth trust --username postgres -E UTF8 > "$pg_dir/initdb.log"
  "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c max_connections=200" start > /dev/null
  trap '"${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop > /dev/null; rm -rf "$pg_dir"' EXIT
  export DATABASE_URL="postgres://postgres@127.0.0.1:$pg_port/postgres"
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') for the tests at $DATABASE_URL"
fi
