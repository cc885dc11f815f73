package dev.jos.identity.token;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "revoke", description = "Revoke existing token")
public class TokenRevoke extends ActionCommand {
    @Parameters(paramLabel = "<token>", description = "Token to be deleted")
    String token;

    @Override
    protected void act(Invocation inv) {
        inv.identity().revokeToken(token);
    }
}
