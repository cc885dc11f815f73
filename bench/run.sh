#!/bin/bash
# bench/run.sh - jos vs the reference openstack client on the lab; see bench/README.md.
#   bench/run.sh [ROUNDS]          (default 7; or BENCH_ROUNDS=N)
# Exits 2 if the lab is down, 3 if jos is not built, 1 if a benchmarked command failed.
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
root=$(dirname "$here")
rounds=${1:-${BENCH_ROUNDS:-7}}
lab=${OS_LAB_DIR:-/var/lib/openstack-lab}
openrc=$lab/admin-openrc.sh
jos=${JOS:-$root/bin/jos}
osc=/usr/bin/openstack

case $rounds in ''|*[!0-9]*|0) echo "usage: bench/run.sh [ROUNDS>=1]" >&2; exit 64;; esac

if ! /usr/bin/curl -s -o /dev/null --noproxy '*' --max-time 5 http://127.0.0.1:5000/v3; then
    echo "bench: keystone at http://127.0.0.1:5000/v3 does not answer: the lab is down. Run 'sudo lab/up.sh' first." >&2
    exit 2
fi
if [ ! -r "$openrc" ]; then
    echo "bench: $openrc is missing: run 'sudo lab/up.sh' first." >&2
    exit 2
fi
if [ ! -x "$osc" ]; then
    echo "bench: the reference client $osc is not installed." >&2
    exit 2
fi
if [ -z "${JOS:-}" ] && [ ! -f "$root/target/jos.jar" ]; then
    echo "bench: jos is not built: run 'mvn -q -B package -DskipTests' in $root first." >&2
    exit 3
fi

exec /usr/bin/python3 "$here/bench.py" --rounds "$rounds" --jos "$jos" --osc "$osc" --openrc "$openrc" \
    --results "$root/bench/results/$(date +%Y%m%d-%H%M%S).txt"
