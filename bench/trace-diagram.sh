#!/usr/bin/env bash
# Times `jos trace diagram` over a large recording: N exchanges (default 10,000) made from the
# lab recording in src/test/resources/trace, one invocation per 8 exchanges, times moving on.
# Reports wall time and peak RSS, with the heap capped (-Xmx64m) to show it streams.
# Run: bench/trace-diagram.sh [N ...]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
JOS=${JOS:-$here/bin/jos}
src=$here/src/test/resources/trace/lab.jsonl
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ $# -gt 0 ] || set -- 10000 100000
for n in "$@"; do
    f=$tmp/rec-$n.jsonl
    python3 - "$src" "$n" > "$f" <<'PY'
import json, sys, datetime
lines = [json.loads(l) for l in open(sys.argv[1])]
n = int(sys.argv[2])
t0 = datetime.datetime(2026, 12, 2, 16, 0, 0)
for i in range(n):
    d = dict(lines[i % len(lines)])
    d["time"] = (t0 + datetime.timedelta(milliseconds=50 * i)).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    d["invocation_id"] = "inv-%06d" % (i // len(lines))
    print(json.dumps(d, separators=(",", ":")))
PY
    for what in "diagram" "diagram --split 400" "list -f csv"; do
        out=$tmp/out
        /usr/bin/time -f "%e %M" -o "$tmp/t" env JOS_DAEMON=0 JAVA_TOOL_OPTIONS=-Xmx64m "$JOS" trace $what "$f" > "$out" 2>/dev/null
        read -r secs kb < "$tmp/t"
        printf '%7d exchanges (%5.1f MiB)  trace %-20s %6.2f s  peak RSS %4d MiB  output %5.1f MiB\n' \
            "$n" "$(echo "$(stat -c %s "$f") / 1048576" | bc -l)" "$what" "$secs" "$((kb / 1024))" \
            "$(echo "$(stat -c %s "$out") / 1048576" | bc -l)"
    done
done
