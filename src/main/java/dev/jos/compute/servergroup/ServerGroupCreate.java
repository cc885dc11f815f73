package dev.jos.compute.servergroup;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.KeyValues;
import dev.jos.cli.ShowCommand;
import dev.jos.compute.ComputeApi;
import dev.jos.json.Json;
import dev.jos.output.Record;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's CreateServerGroup (openstacksdk): policy (2.64) or policies, rules from 2.64; the reply shown. */
public class ServerGroupCreate extends ShowCommand {
    @Parameters(paramLabel = "<name>", description = "New server group name")
    String name;
    @Option(names = "--policy", paramLabel = "<policy>", converter = Policies.class, description = "Add a policy to <name> Specify --os-compute-api-version 2.15 or higher for the 'soft-affinity' or 'soft-anti-affinity' policy.")
    String policy = "affinity";
    @Option(names = "--rule", paramLabel = "<key=value>", description = "A rule for the policy. Currently, only the 'max_server_per_host' rule is supported for the 'anti-affinity' policy.")
    List<String> rules;

    /** argparse's choices for --policy. */
    public static final class Policies extends dev.jos.network.Choices {
        public Policies() {
            super("affinity", "anti-affinity", "soft-affinity", "soft-anti-affinity");
        }
    }

    @Override
    protected Record show(Invocation inv) {
        Map<String, String> ruleMap = rules == null ? Map.of() : KeyValues.parse("--rule", rules);
        ComputeApi compute = inv.compute();
        if ((policy.equals("soft-affinity") || policy.equals("soft-anti-affinity")) && !compute.sdkSupports("2.15")) {
            throw new CommandException("--os-compute-api-version 2.15 or greater is required to support the " + policy + " policy");
        }
        if (!ruleMap.isEmpty() && !compute.sdkSupports("2.64")) {
            throw new CommandException("--os-compute-api-version 2.64 or greater is required to support the --rule option");
        }
        ObjectNode group = Json.object();
        group.put("name", name);
        if (!compute.sdkSupports("2.64")) {
            group.putArray("policies").add(policy);
        } else {
            group.put("policy", policy);
            if (!ruleMap.isEmpty()) {
                ruleMap.forEach(group.putObject("rules")::put);
            }
        }
        return ServerGroupColumns.record(compute, compute.createServerGroup(group));
    }
}
