package dev.jos.compute.server;

import dev.jos.cli.Invocation;

/** OSC's MigrateConfirm (deprecated in 6.0): its warning, then the resize confirm. */
public class ServerMigrateConfirm extends ServerResizeConfirm {
    @Override
    protected void act(Invocation inv) {
        inv.warn("The 'server migrate confirm' command has been deprecated in favour of the 'server migration confirm' command.");
        super.act(inv);
    }
}
