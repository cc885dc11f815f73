#!/usr/bin/env bash
# jos trace on the lab: records a few commands into one file (reads, a 404, then the course's
# `server create --wait` and an `image create --file` upload), then lists the exchanges, draws
# the sequence diagram (whole, split per command, and as an HTML page) and exports requestshook's
# three files and HAR, all into a temporary directory (printed at the end; JOS_TRACE_OUT overrides).
# When the lab runs with OSProfiler (sudo OS_LAB_PROFILER=1 lab/up.sh, as CI does), the two
# creates are profiled and their traces merged into the diagram: nova-api, conductor, scheduler,
# placement, compute, glance and neutron calling each other behind the API.
# Run against the lab: sudo lab/up.sh first. Exits non-zero when any step fails.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
jos=$here/bin/jos
out=${JOS_TRACE_OUT:-$(mktemp -d /tmp/jos-trace.XXXXXX)}
mkdir -p "$out"
rec=$out/calls.jsonl
rm -f "$rec"
source "$here/openrc-samples/admin-openrc.sh"
name=walkthrough-$$-$(date +%s)
cleanup() {
  $jos server delete --wait "$name" >/dev/null 2>&1 || true
  $jos image delete "$name" >/dev/null 2>&1 || true
}
trap cleanup EXIT

# OSProfiler, when the lab has it: the key signs the trace headers; the connection reads traces back
profile=()
rc=/var/lib/openstack-lab/profiler-rc.sh
if [ -r "$rc" ]; then
  source "$rc"
  profile=(--os-profile "$OS_LAB_PROFILER_KEY")
fi
trace_json() { # STDERR-FILE OUT: the trace of the run whose stderr (osc_lib's "Trace ID:" line) is given
  local id
  id=$(sed -n 's/^Trace ID: //p' "$1")
  [ -n "$id" ]
  /usr/bin/osprofiler trace show --json "$id" --connection-string "$OS_LAB_PROFILER_CONNECTION" > "$2"
}

# a fresh login (so the token request is in the file), then a few reads and a 404
$jos --no-token-cache --record "$rec" user list >/dev/null
$jos --record "$rec" project show admin >/dev/null
$jos --record "$rec" flavor list >/dev/null
$jos --record "$rec" user show no-such-user-here >/dev/null 2>&1 || true   # the 404 is part of the story
# the course's instance creation, and an image upload
$jos --record "$rec" "${profile[@]}" server create --flavor mini --image lab-image --network internal --wait "$name" \
  >/dev/null 2>"$out/server-create.err"
head -c 1048576 /dev/zero > "$out/disk.raw"
$jos --record "$rec" "${profile[@]}" image create --file "$out/disk.raw" --disk-format raw --container-format bare "$name" \
  >/dev/null 2>"$out/image-create.err"

$jos trace list "$rec"
$jos trace diagram "$rec" -o "$out/diagram.mmd"
$jos trace diagram "$rec" --split command -o "$out/parts"
$jos trace diagram "$rec" --format html -o "$out/calls.html"
$jos trace export "$rec" --format requestshook -o "$out/requestshook"
$jos trace export "$rec" --format har -o "$out/calls.har"

# what was made must be there and say what it should
grep -q '^sequenceDiagram$' "$out/diagram.mmd"
grep -q 'jos->>keystone: POST /v3/auth/tokens' "$out/diagram.mmd"
grep -q 'jos->>nova_api: POST /v2.1/servers$' "$out/diagram.mmd"
grep -q "jos->>glance_api: PUT /v2/images/{image_id[_0-9]*}/file$" "$out/diagram.mmd"
[ "$(ls "$out/parts" | wc -l)" -ge 6 ]
for f in requestshook.log diagram.md body.md; do [ -s "$out/requestshook/$f" ]; done
grep -q '^jos->>keystone: POST /v3/auth/tokens$' "$out/requestshook/diagram.md"
grep -q '"version" : "1.2"' "$out/calls.har"
grep -q '<svg' "$out/calls.html"
# the login's password went out masked in every export
grep -q '"password": "\*\*\*"' "$out/requestshook/body.md"
grep -q 'password\\":\\"\*\*\*' "$out/calls.har"
if [ ${#profile[@]} -gt 0 ]; then
  # behind the API: the services' own calls, merged in time order
  trace_json "$out/server-create.err" "$out/server-create.trace.json"
  trace_json "$out/image-create.err" "$out/image-create.trace.json"
  merged=(--profile "$out/server-create.trace.json" --profile "$out/image-create.trace.json")
  $jos trace diagram "$rec" "${merged[@]}" -o "$out/behind.mmd"
  $jos trace diagram "$rec" "${merged[@]}" --split command -o "$out/behind-parts"
  $jos trace diagram "$rec" "${merged[@]}" --format html -o "$out/behind.html"
  $jos trace list "$rec" "${merged[@]}" -f csv > "$out/behind.csv"
  grep -q 'nova_api-)nova_conductor: RPC cast schedule_and_build_instances$' "$out/behind.mmd"
  grep -q 'nova_conductor->>nova_scheduler: RPC call select_destinations$' "$out/behind.mmd"
  grep -q 'nova_scheduler->>placement_api: GET /allocation_candidates$' "$out/behind.mmd"
  grep -q 'nova_compute->>neutron_server: POST /v2.0/ports$' "$out/behind.mmd"
  grep -q 'nova_api->>glance_api: GET /v2/images/{image_id}$' "$out/behind.mmd"
  grep -q 'nova-scheduler' "$out/behind.html"
  echo "trace walkthrough: OSProfiler traces merged into $out/behind.mmd"
else
  echo "trace walkthrough: the lab runs without OSProfiler (OS_LAB_PROFILER=1 lab/up.sh); no calls behind the API"
fi
echo "trace walkthrough: all files in $out"
