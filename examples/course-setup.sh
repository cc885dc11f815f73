#!/usr/bin/env bash
# The course's practice setup ("실습 설정"), with jos in place of openstack:
# one project, two users (operator: admin role, normal-user: member role), then a look
# through each user's eyes with openrc-samples/operator.sh and normal.sh.
# Run against the lab: sudo lab/up.sh first. Idempotent thanks to --or-show.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
jos=$here/bin/jos
source "$here/openrc-samples/admin-openrc.sh"
$jos user list
$jos user create --domain default --password '123' --or-show operator
$jos user create --domain default --password '123' --or-show normal-user
$jos project create --or-show practice-project
$jos role add --project practice-project --user operator admin
$jos role add --project practice-project --user normal-user member
$jos role assignment list --project practice-project --names

source "$here/openrc-samples/operator.sh"
$jos token issue -c project_id -c user_id
$jos user list

source "$here/openrc-samples/normal.sh"
$jos token issue -c project_id -c user_id
$jos user list || echo "(normal-user may not list users: exit $?)"
