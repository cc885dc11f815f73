package dev.jos.common;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ListCommand;
import dev.jos.identity.IdentityKind;
import dev.jos.output.Table;
import picocli.CommandLine.Option;

/**
 * OSC's ShowLimits: nova's absolute limits (in nova's order) or its rate limits, each rate of each
 * URI a row. Cinder's limits would follow; jos speaks no cinder, as OSC on a cloud without it.
 */
public class LimitsShow extends ListCommand {
    @Option(names = "--absolute", description = "Show absolute limits")
    boolean absolute;
    @Option(names = "--rate", description = "Show rate limits")
    boolean rate;
    @Option(names = "--reserved", description = "Include reservations count [only valid with --absolute]")
    boolean reserved;
    @Option(names = "--project", paramLabel = "<project>",
            description = "Show limits for a specific project (name or ID) [only valid with --absolute]")
    String project;
    @Option(names = "--domain", paramLabel = "<domain>",
            description = "Domain the project belongs to (name or ID) [only valid with --absolute]")
    String domain;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(TYPE);
    }

    /** OSC's type_group, a required one. */
    private static final List<String> TYPE = List.of("--absolute", "--rate");

    @Override
    public List<List<String>> requiredExclusiveOptions() {
        return List.of(TYPE);
    }

    @Override
    protected Table list(Invocation inv) {
        if (!absolute && !rate) {
            // argparse's required group, checked before anything is asked of the cloud
            throw new dev.jos.cli.UsageException("one of the arguments " + String.join(" ", TYPE) + " is required");
        }
        String projectId = null;
        if (project != null) {
            String domainId = domain == null ? null
                    : inv.identityFinder().findOrAssume(IdentityKind.DOMAIN, domain, null).path("id").asText();
            projectId = inv.identityFinder().find(IdentityKind.PROJECT, project, domainId).path("id").asText();
        }
        // novaclient leaves an empty tenant id out
        ObjectNode limits = inv.compute().limits(reserved, projectId == null || projectId.isEmpty() ? null : projectId);
        List<List<Object>> rows = new ArrayList<>();
        if (absolute) {
            for (Iterator<Map.Entry<String, JsonNode>> it = limits.path("absolute").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                rows.add(List.of(e.getKey(), JsonRows.value(e.getValue()) == null ? "None" : JsonRows.value(e.getValue())));
            }
            return new Table(List.of("Name", "Value"), rows);
        }
        for (JsonNode group : limits.path("rate")) {
            for (JsonNode r : group.path("limit")) {
                List<Object> row = new ArrayList<>();
                row.add(JsonRows.value(r.get("verb")));
                row.add(JsonRows.value(group.get("uri")));
                row.add(JsonRows.value(r.get("value")));
                row.add(JsonRows.value(r.get("remaining")));
                row.add(JsonRows.value(r.get("unit")));
                row.add(JsonRows.value(r.get("next-available")));
                rows.add(row);
            }
        }
        return new Table(List.of("Verb", "URI", "Value", "Remain", "Unit", "Next Available"), rows);
    }
}
