package dev.jos.compute.keypair;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.ListCommand;
import dev.jos.compute.ComputeApi;
import dev.jos.identity.IdentityFinder;
import dev.jos.identity.IdentityKind;
import dev.jos.output.Table;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;

/** OSC's ListKeypair: the caller's keypairs, another user's, or those of every user of a project. */
public class KeypairList extends ListCommand {
    @Option(names = "--user", paramLabel = "<user>", description = "Show keypairs for another user (admin only) (name or ID). Requires ``--os-compute-api-version`` 2.10 or greater.")
    String user;
    @Option(names = "--user-domain", paramLabel = "<user-domain>", description = "Domain the user belongs to (name or ID). This can be used in case collisions between user names exist.")
    String userDomain;
    @Option(names = "--project", paramLabel = "<project>", description = "Show keypairs for all users associated with project (admin only) (name or ID). Requires ``--os-compute-api-version`` 2.10 or greater.")
    String project;
    @Option(names = "--project-domain", paramLabel = "<project-domain>", description = "Domain the project belongs to (name or ID). This can be used in case collisions between project names exist.")
    String projectDomain;
    @Option(names = "--marker", paramLabel = "MARKER", description = "The last keypair ID of the previous page")
    String marker;
    @Option(names = "--limit", paramLabel = "LIMIT", description = "Maximum number of keypairs to display")
    Integer limit;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--user", "--project"));
    }

    @Override
    protected Table list(Invocation inv) {
        ComputeApi compute = inv.compute();
        String useMarker = null;
        Integer useLimit = null;
        // argparse values are tested for truth: an empty marker or a limit of 0 is no option
        if (marker != null && !marker.isEmpty()) {
            if (!compute.supportsMicroversion("2.35")) {
                throw new CommandException("--os-compute-api-version 2.35 or greater is required to support the --marker option");
            }
            useMarker = marker;
        }
        if (limit != null && limit != 0) {
            if (!compute.supportsMicroversion("2.35")) {
                throw new CommandException("--os-compute-api-version 2.35 or greater is required to support the --limit option");
            }
            useLimit = limit;
        }
        boolean withType = compute.supportsMicroversion("2.2");
        List<ObjectNode> keypairs = new ArrayList<>();
        if (project != null) {
            if (!compute.supportsMicroversion("2.10")) {
                throw new CommandException("--os-compute-api-version 2.10 or greater is required to support the --project option");
            }
            // OSC words "--project is not compatible with --marker" but never raises it
            IdentityFinder finder = inv.identityFinder();
            String projectId = finder.findOrAssume(IdentityKind.PROJECT, project, projectDomain).path("id").asText();
            // keystoneclient's users.list(tenant_id=...): keystone v3 ignores the filter, so
            // this is every user, each asked for (nova cannot list by project); OSC reads all
            // of them before printing, so a failure prints no row
            for (ObjectNode u : inv.identity().list(IdentityKind.USER, Map.of("tenant_id", projectId))) {
                compute.listKeypairs(u.path("id").asText(), useMarker, useLimit, keypairs::add);
            }
            return KeypairColumns.table(keypairs, withType);
        }
        String userId = null;
        if (user != null) {
            if (!compute.supportsMicroversion("2.10")) {
                throw new CommandException("--os-compute-api-version 2.10 or greater is required to support the --user option");
            }
            userId = inv.identityFinder().findOrAssume(IdentityKind.USER, user, userDomain).path("id").asText();
        }
        try {
            compute.listKeypairs(userId, useMarker, useLimit, keypairs::add);
        } catch (CommandException e) {
            // openstacksdk's generator is read while cliff prints: rows before the error show
            // with the formatters that stream them
            return KeypairColumns.table(keypairs, withType).withFailureAfterRows(e);
        }
        return KeypairColumns.table(keypairs, withType);
    }
}
