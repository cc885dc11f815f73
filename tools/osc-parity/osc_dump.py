"""Runs the real OSC shell up to the point where it would authenticate, then prints the resolved
cloud config as JSON instead of talking to keystone. Errors come out as OSC prints them."""
import json
import os
import sys

from openstackclient import shell
from osc_lib import clientmanager


def dump(self):
    o = self._cli_options
    out = {'name': o.name, 'verify_cert': [str(x) for x in o.get_requests_verify_args()],
           'config': o.config}
    sys.stdout.write(json.dumps(out, default=str, sort_keys=True) + "\n")
    sys.stdout.flush()
    os._exit(0)


clientmanager.ClientManager.auth_ref = property(dump)
sys.exit(shell.main(sys.argv[1:]))
