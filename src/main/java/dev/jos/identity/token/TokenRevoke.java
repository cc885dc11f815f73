package dev.jos.identity.token;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.session.RestClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "revoke", description = "Revoke existing token")
public class TokenRevoke extends ActionCommand {
    @Parameters(paramLabel = "<token>", description = "Token to be deleted")
    String token;

    @Override
    protected void act(Invocation inv) {
        RestClient identity = inv.session().client("identity");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Subject-Token", token);
        identity.send("DELETE", "/auth/tokens", Map.of(), null, headers);
    }
}
