#!/usr/bin/env bash
# Records a replay case for ReplayIdentityTest from the lab: jos's HTTP exchanges (--record,
# secrets redacted, fresh token cache so the login is in it) and what OSC prints for the same
# command on the same cloud state (the expectation). Usage:
#   tools/record-replay-case.sh NAME [--setup 'openstack ...'] -- ARGS...
# Needs the lab (sudo lab/up.sh). Run from the repository root.
set -euo pipefail
name=$1; shift
setup=""
if [ "${1:-}" = --setup ]; then setup=$2; shift 2; fi
[ "${1:-}" = -- ] && shift
here=$(cd "$(dirname "$0")/.." && pwd)
dir=$here/src/test/resources/replay/$name
rm -rf "$dir"; mkdir -p "$dir"
env_file=$(mktemp); trap 'rm -f "$env_file"' EXIT
grep '^export OS_' /var/lib/openstack-lab/admin-openrc.sh | sed 's/^export //' > "$env_file"
# the course's versionless auth URL, so discovery is part of the recording too
sed -i 's|^OS_AUTH_URL=.*|OS_AUTH_URL=http://127.0.0.1:5000|' "$env_file"
# the server side of a replay checks no password; keep the real one out of the repository
sed "s/^OS_PASSWORD=.*/OS_PASSWORD=not-the-password/" "$env_file" > "$dir/env"
printf '%s\n' "$@" > "$dir/args"
run() { env -i PATH=/usr/bin:/bin HOME="$1" XDG_CACHE_HOME="$1/cache" $(cat "$env_file") "${@:2}"; }
tmp=$(mktemp -d)
[ -n "$setup" ] && run "$tmp" bash -c "$setup" >/dev/null 2>&1 || true
run "$tmp" "$here/bin/jos" --record "$dir/exchanges.jsonl" "$@" > "$dir/jos.out" 2>&1 || true
rm -f "$dir/jos.out"
[ -n "$setup" ] && run "$tmp" bash -c "$setup" >/dev/null 2>&1 || true
set +e
run "$tmp" /usr/bin/openstack "$@" > "$dir/osc.out" 2> "$dir/osc.err"
echo $? > "$dir/osc.rc"
set -e
rm -rf "$tmp"
echo "recorded $name: $(wc -l < "$dir/exchanges.jsonl") exchanges, osc exit $(cat "$dir/osc.rc")"
