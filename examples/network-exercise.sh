#!/usr/bin/env bash
# The course's network exercise with jos on the lab: list networks, create demo-network with the
# course's subnet (172.17.0.0/24, gateway, DHCP, DNS, allocation pool), create a second network
# and subnet in one line as the course does, join them to a router with the lab's `public`
# network as its gateway, make a port and a floating IP, then delete demo-network (its subnet
# goes with it) and the rest. Names get a suffix so that runs never collide.
# Run: JOS=bin/jos examples/network-exercise.sh
set -euo pipefail
JOS=${JOS:-bin/jos}
LAB=${LAB:-/var/lib/openstack-lab}
# shellcheck disable=SC1091
source "$LAB/admin-openrc.sh"
sfx=$$
demo="demo-network-$sfx" int="internal-$sfx" router="router-$sfx" port="port-$sfx"
fip=""
cleanup() {
    # each step may find its object gone already (set -e must not stop the clean-up)
    if [ -n "$fip" ]; then $JOS floating ip delete "$fip" >/dev/null 2>&1 || true; fi
    $JOS port delete "$port" >/dev/null 2>&1 || true
    $JOS router remove subnet "$router" "internal-subnet-$sfx" >/dev/null 2>&1 || true
    $JOS router delete "$router" >/dev/null 2>&1 || true
    $JOS network delete "$int" >/dev/null 2>&1 || true
    $JOS network delete "$demo" >/dev/null 2>&1 || true
}
trap cleanup EXIT

$JOS network list
$JOS network create "$demo"
$JOS subnet create --network "$demo" --subnet-range 172.17.0.0/24 --gateway 172.17.0.1 --dhcp \
    --dns-nameserver 8.8.8.8 --allocation-pool start=172.17.0.2,end=172.17.0.254 "new-subnet-$sfx"
$JOS subnet list --network "$demo"
$JOS network create "$int" && $JOS subnet create "internal-subnet-$sfx" --network "$int" \
    --subnet-range 192.168.100.0/24 --gateway 192.168.100.1 --dns-nameserver 8.8.8.8
$JOS router create "$router"
$JOS router add subnet "$router" "internal-subnet-$sfx"
$JOS router set --external-gateway public "$router"
$JOS port create --network "$int" "$port"
fip=$($JOS floating ip create public -f value -c floating_ip_address)
$JOS floating ip show "$fip"
$JOS router show "$router" -c name -c status -c interfaces_info
if $JOS network delete "$int"; then
    echo "FAIL: a network with a router interface and ports was deleted" >&2; exit 1
fi
$JOS network delete "$demo"
if $JOS subnet show "new-subnet-$sfx" >/dev/null 2>&1; then
    echo "FAIL: demo-network's subnet outlived it" >&2; exit 1
fi
echo "network exercise: OK"
