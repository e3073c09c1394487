#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the store tests and
# prints its connection URI, for WARTA_TEST_POSTGRES:
#
#   export WARTA_TEST_POSTGRES=$(scripts/test_postgres.sh)
#   scripts/test.sh
#
# Uses Debian's cluster (postgresql, from scripts/packages.txt), as root or
# with sudo. Safe to run again: a running cluster, the role warta and the
# database warta_test are kept (the role's password is set to "warta").
# The tests empty their own schemas of warta_test; keep nothing there.
set -euo pipefail
sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo

version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)
if [ -z "$version" ]; then
  echo "PostgreSQL is not installed (scripts/setup.sh installs it)" >&2
  exit 1
fi
cluster=main
# pg_lsclusters -h: version cluster port status owner data-directory log
cluster_field() {
  pg_lsclusters -h | awk -v v="$version" -v c="$cluster" -v f="$1" \
    '$1 == v && $2 == c { print $f }'
}
if [ -z "$(cluster_field 2)" ]; then
  $sudo pg_createcluster "$version" "$cluster" >&2
fi
if [ "$(cluster_field 4)" != online ]; then
  $sudo pg_ctlcluster "$version" "$cluster" start >&2
fi
port=$(cluster_field 3)

as_postgres() { (cd / && $sudo runuser -u postgres -- "$@"); }
as_postgres psql -p "$port" -X -q -v ON_ERROR_STOP=1 >&2 <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'warta') THEN
    CREATE ROLE warta;
  END IF;
END
$$;
ALTER ROLE warta WITH LOGIN PASSWORD 'warta';
SQL
exists=$(as_postgres psql -p "$port" -X -qAt \
  -c "SELECT 1 FROM pg_database WHERE datname = 'warta_test'")
if [ "$exists" != 1 ]; then
  # UTF-8 whatever locale the cluster was created with.
  as_postgres createdb -p "$port" -O warta -E UTF8 -T template0 --locale=C.UTF-8 \
    warta_test >&2
fi
echo "postgresql://warta:warta@127.0.0.1:$port/warta_test"
