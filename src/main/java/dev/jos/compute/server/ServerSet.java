package dev.jos.compute.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.cli.KeyValues;
import dev.jos.cli.UsageException;
import dev.jos.compute.ComputeApi;
import dev.jos.json.Json;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's SetServer (novaclient): the checks first, then name/description/hostname, properties, state, password, tags. */
public class ServerSet extends ActionCommand {
    @Parameters(paramLabel = "<server>", description = "Server (name or ID)")
    String server;
    @Option(names = "--name", paramLabel = "<new-name>", description = "New server name")
    String name;
    @Option(names = "--password", paramLabel = "PASSWORD", description = "Set the server password. This option requires cloud support.")
    String password;
    @Option(names = "--no-password", description = "Clear the admin password for the server from the metadata service; note that this action does not actually change the server password")
    boolean noPassword;
    @Option(names = "--root-password", hidden = true)
    boolean rootPassword;
    @Option(names = "--property", paramLabel = "<key=value>", description = "Property to add/change for this server (repeat option to set multiple properties)")
    List<String> properties;
    @Option(names = "--state", paramLabel = "<state>", description = "New server state **WARNING** This can result in instances that are no longer usable and should be used with caution (admin only)")
    String state;
    @Option(names = "--description", paramLabel = "<description>", description = "New server description (supported by --os-compute-api-version 2.19 or above)")
    String description;
    @Option(names = "--tag", paramLabel = "<tag>", description = "Tag for the server. Specify multiple times to add multiple tags. (supported by --os-compute-api-version 2.26 or above)")
    List<String> tags = new ArrayList<>();
    @Option(names = "--hostname", paramLabel = "<hostname>", description = "Hostname configured for the server in the metadata service. A separate utility running in the guest is required to propagate changes to this value to the guest OS itself. (supported by --os-compute-api-version 2.90 or above)")
    String hostname;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--password", "--no-password", "--root-password"));
    }

    @Override
    protected void act(Invocation inv) {
        if (state != null && !List.of("active", "error").contains(state)) {
            throw new UsageException("argument --state: invalid choice: '" + state + "' (choose from 'active', 'error')");
        }
        Map<String, String> props = properties == null ? null : KeyValues.parse("--property", properties);
        ComputeApi compute = inv.compute();
        String id = NovaFind.server(compute, server).path("id").asText();
        if (present(description) && !compute.serverMicroversionAtLeast("2.19")) {
            throw new CommandException("--os-compute-api-version 2.19 or greater is required to support the --description option");
        }
        if (!tags.isEmpty() && !compute.serverMicroversionAtLeast("2.26")) {
            throw new CommandException("--os-compute-api-version 2.26 or greater is required to support the --tag option");
        }
        if (present(hostname) && !compute.serverMicroversionAtLeast("2.90")) {
            throw new CommandException("--os-compute-api-version 2.90 or greater is required to support the --hostname option");
        }
        if (present(name) || present(description) || present(hostname)) {
            // novaclient's update: before 2.19 only the name is sent
            ObjectNode s = Json.object();
            if (!compute.serverMicroversionAtLeast("2.19")) {
                s.put("name", name);
            } else {
                if (present(name)) {
                    s.put("name", name);
                }
                if (present(description)) {
                    s.put("description", description);
                }
                if (present(hostname)) {
                    s.put("hostname", hostname);
                }
            }
            ObjectNode body = Json.object();
            body.set("server", s);
            compute.updateServer(id, body);
        }
        if (props != null && !props.isEmpty()) {
            compute.setServerMetadata(id, props);
        }
        if (present(state)) {
            ObjectNode action = Json.object();
            action.putObject("os-resetState").put("state", state);
            compute.serverAction(id, action);
        }
        if (rootPassword) {
            String p1 = inv.readPassword("New password: ", false);
            String p2 = inv.readPassword("Retype new password: ", false);
            if (!p1.equals(p2)) {
                throw new CommandException("Passwords do not match, password unchanged");
            }
            changePassword(compute, id, p1);
        } else if (present(password)) {
            changePassword(compute, id, password);
        } else if (noPassword) {
            compute.clearServerPassword(id);
        }
        for (String tag : tags) {
            compute.addServerTag(id, tag);
        }
    }

    private static void changePassword(ComputeApi compute, String id, String password) {
        ObjectNode action = Json.object();
        action.putObject("changePassword").put("adminPass", password);
        compute.serverAction(id, action);
    }

    private static boolean present(String s) {
        return s != null && !s.isEmpty();
    }
}
