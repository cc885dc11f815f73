package dev.jos.compute.server;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.compute.ComputeApi;
import dev.jos.json.Json;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's MigrateServer (novaclient): cold migration, or live with --live-migration; the checks in OSC's order. */
public class ServerMigrate extends ActionCommand {
    @Parameters(paramLabel = "<server>", description = "Server (name or ID)")
    String server;
    @Option(names = "--live-migration", description = "Live migrate the server; use the ``--host`` option to specify a target host for the migration which will be validated by the scheduler")
    boolean live;
    @Option(names = "--host", paramLabel = "<hostname>", description = "Migrate the server to the specified host. (supported with --os-compute-api-version 2.30 or above when used with the --live-migration option) (supported with --os-compute-api-version 2.56 or above when used without the --live-migration option)")
    String host;
    @Option(names = "--shared-migration", description = "Perform a shared live migration (default before --os-compute-api-version 2.25, auto after)")
    boolean shared;
    @Option(names = "--block-migration", description = "Perform a block live migration (auto-configured from --os-compute-api-version 2.25)")
    boolean block;
    @Option(names = "--disk-overcommit", description = "Allow disk over-commit on the destination host(supported with --os-compute-api-version 2.24 or below)")
    boolean diskOvercommit;
    @Option(names = "--no-disk-overcommit", description = "Do not over-commit disk on the destination host (default)(supported with --os-compute-api-version 2.24 or below)")
    boolean noDiskOvercommit;
    @Option(names = "--wait", description = "Wait for migrate to complete")
    boolean await;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--shared-migration", "--block-migration"), List.of("--disk-overcommit", "--no-disk-overcommit"));
    }

    @Override
    protected void act(Invocation inv) {
        ComputeApi compute = inv.compute();
        String id = NovaFind.server(compute, server).path("id").asText();
        // argparse's dests: None unless one of a pair was given
        Boolean blockMigration = block ? Boolean.TRUE : shared ? Boolean.FALSE : null;
        Boolean overcommit = diskOvercommit ? Boolean.TRUE : noDiskOvercommit ? Boolean.FALSE : null;
        boolean hostGiven = host != null && !host.isEmpty();
        ObjectNode action = Json.object();
        if (live) {
            ObjectNode body = action.putObject("os-migrateLive");
            if (hostGiven && !compute.serverMicroversionAtLeast("2.30")) {
                throw new CommandException("--os-compute-api-version 2.30 or greater is required when using --host");
            }
            if (host == null) {
                body.putNull("host");
            } else {
                body.put("host", host);
            }
            if (blockMigration != null) {
                body.put("block_migration", blockMigration);
            } else if (compute.serverMicroversionAtLeast("2.25")) {
                body.put("block_migration", "auto");
            } else {
                body.put("block_migration", false);
            }
            if (!compute.serverMicroversionAtLeast("2.25")) {
                body.put("disk_over_commit", overcommit != null && overcommit);
            } else if (overcommit != null) {
                inv.warn("The --disk-overcommit and --no-disk-overcommit options are only supported by --os-compute-api-version 2.24 or below; this will be an error in a future release");
            }
        } else {
            if (Boolean.TRUE.equals(blockMigration) || Boolean.TRUE.equals(overcommit)) {
                throw new CommandException("--live-migration must be specified if --block-migration or --disk-overcommit is specified");
            }
            if (hostGiven && !compute.serverMicroversionAtLeast("2.56")) {
                throw new CommandException("--os-compute-api-version 2.56 or greater is required to use --host without --live-migration.");
            }
            if (compute.serverMicroversionAtLeast("2.56")) {
                ObjectNode body = action.putObject("migrate");
                if (hostGiven) {
                    body.put("host", host);
                }
            } else {
                action.putNull("migrate");
            }
        }
        compute.serverAction(id, action);
        if (await) {
            if (ServerWait.forStatus(inv, () -> compute.getServer(id), "active", "verify_resize")) {
                inv.progress("Complete\n");
            } else {
                inv.progress("Error migrating server\n");
                // OSC 6.0 raises SystemExit here (exit 0); jos exits 1
                throw new CommandException("Error migrating server: " + id);
            }
        }
    }
}
