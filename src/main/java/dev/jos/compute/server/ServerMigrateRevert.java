package dev.jos.compute.server;

import dev.jos.cli.Invocation;

/** OSC's MigrateRevert (deprecated in 6.0): its warning, then the resize revert. */
public class ServerMigrateRevert extends ServerResizeRevert {
    @Override
    protected void act(Invocation inv) {
        inv.warn("The 'server migrate revert' command has been deprecated in favour of the 'server migration revert' command.");
        super.act(inv);
    }
}
