package dev.jos.identity.token;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import picocli.CommandLine.Parameters;

public class TokenRevoke extends ActionCommand {
    @Parameters(paramLabel = "<token>", description = "Token to be deleted")
    String token;

    @Override
    protected void act(Invocation inv) {
        inv.identity().revokeToken(token);
    }
}
