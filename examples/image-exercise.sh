#!/usr/bin/env bash
# The course's image exercise with jos on the lab: create my-image from a file, protect it, fail
# to delete it (glance's 403, exit 1), let test-user (member of test-project) list images, make
# the image public, list again, unprotect and delete. Run: JOS=bin/jos examples/image-exercise.sh
set -euo pipefail
JOS=${JOS:-bin/jos}
LAB=${LAB:-/var/lib/openstack-lab}
# shellcheck disable=SC1091
source "$LAB/admin-openrc.sh"
sfx=$$
img="my-image-$sfx" proj="test-project-$sfx" user="test-user-$sfx" pw="pw-$sfx"
data=$(mktemp)
trap '$JOS image set --unprotected "$img" >/dev/null 2>&1 || true; $JOS image delete "$img" >/dev/null 2>&1 || true;
      $JOS user delete "$user" >/dev/null 2>&1 || true; $JOS project delete "$proj" >/dev/null 2>&1 || true; rm -f "$data"' EXIT
head -c 65536 /dev/urandom > "$data"

$JOS image create --file "$data" --disk-format qcow2 "$img"
$JOS image list
$JOS image set --protected "$img"
if $JOS image delete "$img"; then
    echo "FAIL: a protected image was deleted" >&2; exit 1
fi
$JOS project create "$proj"
$JOS user create --project "$proj" --password "$pw" "$user"
$JOS role add --project "$proj" --user "$user" member
as_user() { OS_USERNAME="$user" OS_PASSWORD="$pw" OS_PROJECT_NAME="$proj" "$JOS" --no-token-cache "$@"; }
if as_user image list -f value -c Name | grep -qx "$img"; then
    echo "FAIL: test-user sees the private image" >&2; exit 1
fi
$JOS image set --public "$img"
as_user image list -f value -c Name | grep -qx "$img" || { echo "FAIL: test-user does not see the public image" >&2; exit 1; }
$JOS image set --unprotected "$img"
$JOS image delete "$img"
echo "image exercise: OK"
