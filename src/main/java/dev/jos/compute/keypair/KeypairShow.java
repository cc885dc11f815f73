package dev.jos.compute.keypair;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.ShowCommand;
import dev.jos.compute.ComputeApi;
import dev.jos.identity.IdentityKind;
import dev.jos.output.Record;
import dev.jos.session.ApiException;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's ShowKeypair: openstacksdk's find_keypair, then all fields but the public key, or only that key. */
public class KeypairShow extends ShowCommand {
    @Parameters(paramLabel = "<key>", description = "Public or private key to display (name only)")
    String name;
    @Option(names = "--public-key", description = "Show only bare public key paired with the generated key")
    boolean publicKeyOnly;
    @Option(names = "--user", paramLabel = "<user>", description = "The owner of the keypair. (admin only) (name or ID). Requires ``--os-compute-api-version`` 2.10 or greater.")
    String user;
    @Option(names = "--user-domain", paramLabel = "<user-domain>", description = "Domain the user belongs to (name or ID). This can be used in case collisions between user names exist.")
    String userDomain;

    private String printed;

    @Override
    protected Record show(Invocation inv) {
        ComputeApi compute = inv.compute();
        String userId = null;
        if (user != null) {
            if (!compute.supportsMicroversion("2.10")) {
                throw new CommandException("--os-compute-api-version 2.10 or greater is required to support the --user option");
            }
            userId = inv.identityFinder().findOrAssume(IdentityKind.USER, user, userDomain).path("id").asText();
        }
        ObjectNode keypair = find(compute, name, userId);
        if (!publicKeyOnly) {
            return KeypairColumns.record(keypair, true, false);
        }
        printed = keypair.path("public_key").asText("");
        return KeypairColumns.empty();
    }

    /**
     * openstacksdk's Resource.find: GET by name; on 404 or 400 the whole list (of the user),
     * matched on name (a keypair's id is its name).
     */
    static ObjectNode find(ComputeApi compute, String name, String userId) {
        try {
            return compute.getKeypair(name, userId);
        } catch (ApiException e) {
            if (e.status() != 404 && e.status() != 400) {
                throw e;
            }
        }
        List<ObjectNode> all = new ArrayList<>();
        compute.listKeypairs(userId, null, null, all::add);
        ObjectNode match = null;
        for (ObjectNode k : all) {
            if (name.equals(k.path("name").asText(null))) {
                if (match != null) {
                    throw new CommandException("More than one Keypair exists with the name '" + name + "'.");
                }
                match = k;
            }
        }
        if (match == null) {
            throw new CommandException("No Keypair found for " + name);
        }
        return match;
    }

    @Override
    protected String textBefore() {
        return printed;
    }
}
