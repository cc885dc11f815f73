package dev.jos.network;

import dev.jos.session.CommandException;

/**
 * openstacksdk's ResourceNotFound from a find: an HttpException, so OSC's show and create
 * commands prefix it with "Error while executing command: " where a duplicate name is not.
 */
public final class NeutronNotFound extends CommandException {
    public NeutronNotFound(Neutron kind, String nameOrId) {
        super("No " + kind.sdkName() + " found for " + nameOrId);
    }
}
