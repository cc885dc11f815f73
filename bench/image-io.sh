#!/bin/bash
# bench/image-io.sh - image create --file and image save of one large file, OSC vs jos, side by
# side in one run on the lab; jos runs with a 64 MiB heap to show it streams.
#   bench/image-io.sh [MIB]        (default 1024: a 1 GiB file of random bytes)
# Prints wall time and peak resident memory per step, and checks both downloads are the file.
# Exits 2 if the lab is down, 3 if jos is not built, 1 if a step failed or a download differs.
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
root=$(dirname "$here")
mib=${1:-1024}
lab=${OS_LAB_DIR:-/var/lib/openstack-lab}
jos=${JOS:-$root/bin/jos}
osc=/usr/bin/openstack

case $mib in ''|*[!0-9]*|0) echo "usage: bench/image-io.sh [MIB>=1]" >&2; exit 64;; esac
if ! /usr/bin/curl -s -o /dev/null --noproxy '*' --max-time 5 http://127.0.0.1:5000/v3; then
    echo "bench: keystone at http://127.0.0.1:5000/v3 does not answer: the lab is down. Run 'sudo lab/up.sh' first." >&2
    exit 2
fi
if [ -z "${JOS:-}" ] && [ ! -f "$root/target/jos.jar" ]; then
    echo "bench: jos is not built: run 'mvn -q -B package -DskipTests' in $root first." >&2
    exit 3
fi

work=$(mktemp -d /tmp/jos-image-io.XXXXXX)
tag=$$-$(date +%s)
cleanup() {
    # the images this run made, by the names it gave them
    for n in "bench-osc-$tag" "bench-jos-$tag"; do
        "$osc" image delete "$n" >/dev/null 2>&1 || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
set -a; source "$lab/admin-openrc.sh"; set +a
export HOME=$work XDG_CACHE_HOME=$work/cache PATH=/usr/bin:/bin

echo "writing a $mib MiB file of random bytes ..."
head -c "$((mib << 20))" /dev/urandom > "$work/disk.img"
"$jos" token issue >/dev/null   # fills jos's token cache, as a user's earlier command would

# step TOOL LABEL CMD...: runs CMD under /usr/bin/time, prints wall seconds and peak RSS
step() {
    local tool=$1 label=$2; shift 2
    local t=$work/time.$tool.$label
    if ! /usr/bin/time -o "$t" -f '%e %M' "$@" >/dev/null 2>"$work/err"; then
        echo "bench: $tool $label failed:" >&2; cat "$work/err" >&2; exit 1
    fi
    read -r secs kib < "$t"
    printf '%-5s %-14s %8.2f s %8d MiB\n' "$tool" "$label" "$secs" "$((kib / 1024))"
}

echo "tool  step                 wall   peak RSS"
step osc "image create" "$osc" image create --file "$work/disk.img" --disk-format raw --container-format bare "bench-osc-$tag"
JAVA_TOOL_OPTIONS=-Xmx64m step jos "image create" "$jos" image create --file "$work/disk.img" --disk-format raw --container-format bare "bench-jos-$tag"
step osc "image save" "$osc" image save --file "$work/osc.img" "bench-osc-$tag"
JAVA_TOOL_OPTIONS=-Xmx64m step jos "image save" "$jos" image save --file "$work/jos.img" "bench-jos-$tag"

cmp "$work/disk.img" "$work/osc.img" && cmp "$work/disk.img" "$work/jos.img" \
    && echo "both downloads are byte for byte the uploaded file"
