#!/usr/bin/env bash
# jos trace on the lab: records a few commands into one file, then lists the exchanges,
# draws the sequence diagram (whole, split per command, and as an HTML page) and exports requestshook's three
# files and HAR, all into a temporary directory (printed at the end; JOS_TRACE_OUT overrides).
# Run against the lab: sudo lab/up.sh first. Exits non-zero when any step fails.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
jos=$here/bin/jos
out=${JOS_TRACE_OUT:-$(mktemp -d /tmp/jos-trace.XXXXXX)}
mkdir -p "$out"
rec=$out/calls.jsonl
rm -f "$rec"
source "$here/openrc-samples/admin-openrc.sh"

# a fresh login (so the token request is in the file), then a few reads and a 404
$jos --no-token-cache --record "$rec" user list >/dev/null
$jos --record "$rec" project show admin >/dev/null
$jos --record "$rec" flavor list >/dev/null
$jos --record "$rec" user show no-such-user-here >/dev/null 2>&1 || true   # the 404 is part of the story

$jos trace list "$rec"
$jos trace diagram "$rec" -o "$out/diagram.mmd"
$jos trace diagram "$rec" --split command -o "$out/parts"
$jos trace diagram "$rec" --format html -o "$out/calls.html"
$jos trace export "$rec" --format requestshook -o "$out/requestshook"
$jos trace export "$rec" --format har -o "$out/calls.har"

# what was made must be there and say what it should
grep -q '^sequenceDiagram$' "$out/diagram.mmd"
grep -q 'jos->>keystone: POST /v3/auth/tokens' "$out/diagram.mmd"
[ "$(ls "$out/parts" | wc -l)" -ge 4 ]
for f in requestshook.log diagram.md body.md; do [ -s "$out/requestshook/$f" ]; done
grep -q '^jos->>keystone: POST /v3/auth/tokens$' "$out/requestshook/diagram.md"
grep -q '"version" : "1.2"' "$out/calls.har"
grep -q '<svg' "$out/calls.html"
# the login's password went out masked in every export
grep -q '"password": "\*\*\*"' "$out/requestshook/body.md"
grep -q 'password\\":\\"\*\*\*' "$out/calls.har"
echo "trace walkthrough: all files in $out"
