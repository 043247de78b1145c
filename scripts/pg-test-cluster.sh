#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests: its own folder, a port of its own on
# 127.0.0.1, run by a non-root user (PostgreSQL refuses root; as root the cluster is run by the
# `postgres` account that Debian's package creates).
#
#   scripts/pg-test-cluster.sh start DIR   creates and starts it; prints the lines to eval:
#                                          CAREERPLANNER_TEST_POSTGRES (a libpq URI to the
#                                          cluster's maintenance database, as its superuser)
#                                          and PGPASSFILE (the password lives only there)
#   scripts/pg-test-cluster.sh stop DIR    stops it and deletes DIR
#
# The superuser logs in over TCP with a password (scram-sha-256), so the tests go through the
# same path as a team's server: the password comes from PGPASSFILE, never from the URI.
set -euo pipefail

action=${1:?start or stop}
dir=${2:?the cluster folder}
bin=/usr/lib/postgresql/15/bin
superuser=careerplanner_admin

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_is_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

case "$action" in
start)
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$dir"
  fi
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  printf '%s\n' "$password" > "$dir/superuser-password"
  chmod 600 "$dir/superuser-password"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$dir/superuser-password"
  fi
  # C.UTF-8: UTF-8 text with Unicode character classes, so pg_trgm makes trigrams of Japanese.
  as_owner "$bin/initdb" -D "$dir/data" -U "$superuser" --pwfile="$dir/superuser-password" \
    --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 \
    > "$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  started=""
  for port in $(seq 55432 55531); do
    port_is_free "$port" || continue
    # fsync off: the cluster is thrown away after the run.
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60" \
      start > /dev/null 2>&1; then
      started=$port
      break
    fi
  done
  if [ -z "$started" ]; then
    echo "pg-test-cluster: could not start PostgreSQL; its log:" >&2
    cat "$dir/server.log" >&2 || true
    exit 1
  fi
  passfile="$dir/pgpass"
  printf '127.0.0.1:%s:*:%s:%s\n' "$started" "$superuser" "$password" > "$passfile"
  chmod 600 "$passfile"
  echo "export CAREERPLANNER_TEST_POSTGRES=postgresql://$superuser@127.0.0.1:$started/postgres"
  echo "export PGPASSFILE=$passfile"
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop > /dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
