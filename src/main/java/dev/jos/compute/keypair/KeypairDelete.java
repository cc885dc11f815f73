package dev.jos.compute.keypair;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.BulkDelete;
import dev.jos.cli.Invocation;
import dev.jos.compute.ComputeApi;
import dev.jos.identity.IdentityKind;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's DeleteKeypair: each name tried, failures reported, "N of M keys failed to delete." */
public class KeypairDelete extends ActionCommand {
    @Parameters(paramLabel = "<key>", arity = "1..*", description = "Name of key(s) to delete (name only)")
    List<String> names;
    @Option(names = "--user", paramLabel = "<user>", description = "The owner of the keypair. (admin only) (name or ID). Requires ``--os-compute-api-version`` 2.10 or greater.")
    String user;
    @Option(names = "--user-domain", paramLabel = "<user-domain>", description = "Domain the user belongs to (name or ID). This can be used in case collisions between user names exist.")
    String userDomain;

    @Override
    protected void act(Invocation inv) {
        ComputeApi compute = inv.compute();
        String userId = null;
        if (user != null) {
            if (!compute.supportsMicroversion("2.10")) {
                throw new CommandException("--os-compute-api-version 2.10 or greater is required to support the --user option");
            }
            // OSC 6.0 looks the user up but openstacksdk keeps user_id off the DELETE, so nova
            // deletes the caller's own keypair of that name; jos deletes the named user's, as
            // asked, rather than copy a bug that destroys a key the user meant to keep
            userId = inv.identityFinder().findOrAssume(IdentityKind.USER, user, userDomain).path("id").asText();
        }
        String owner = userId;
        new BulkDelete(inv, "key", "keys", "name").run(names, n -> compute.deleteKeypair(n, owner));
    }
}
