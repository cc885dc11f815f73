package dev.jos.compute.hypervisor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ShowCommand;
import dev.jos.compute.ComputeApi;
import dev.jos.compute.server.NovaFind;
import dev.jos.json.Json;
import dev.jos.output.DictColumn;
import dev.jos.output.Record;
import dev.jos.session.ApiException;
import picocli.CommandLine.Parameters;

/**
 * OSC's ShowHypervisor (novaclient): the hypervisor found by id or hostname, the aggregates its
 * host is in, its uptime split in four when the driver tells it, the service's id and host
 * instead of the service, and before 2.28 cpu_info read from its JSON text.
 */
public class HypervisorShow extends ShowCommand {
    private static final Pattern UPTIME = Pattern.compile("\\s*(.+)\\sup\\s+(.+),\\s+(.+)\\susers?,\\s+load average:\\s(.+)");

    @Parameters(paramLabel = "<hypervisor>", description = "Hypervisor to display (name or ID)")
    String hypervisor;

    @Override
    protected Record show(Invocation inv) {
        ComputeApi compute = inv.compute();
        ObjectNode h = NovaFind.hypervisor(compute, hypervisor).deepCopy();
        List<ObjectNode> aggregates = compute.aggregates();
        List<Object> memberOf = new ArrayList<>();
        String serviceHost = h.path("service").path("host").asText();
        String cell = null;
        int at = serviceHost.indexOf('@');
        if (at >= 0) {
            // hypervisors in nova cells are "<cell>@<host>", and so are their aggregates
            cell = serviceHost.substring(0, at);
            serviceHost = serviceHost.substring(at + 1);
        }
        for (ObjectNode a : aggregates) {
            String name = a.path("name").asText();
            boolean member = false;
            for (JsonNode host : a.path("hosts")) {
                member |= serviceHost.equals(host.asText());
            }
            if (member && (cell == null || name.contains(cell))) {
                memberOf.add(JsonRows.value(a.get("name")));
            }
        }
        Map<String, Object> info = new TreeMap<>();
        h.fields().forEachRemaining(e -> info.put(e.getKey(), JsonRows.value(e.getValue())));
        info.put("aggregates", memberOf);
        try {
            String uptime = compute.hypervisorUptime(h.path("id").asText()).path("uptime").asText("");
            Matcher m = UPTIME.matcher(uptime);
            if (m.lookingAt()) {
                info.put("host_time", m.group(1));
                info.put("uptime", m.group(2));
                info.put("users", m.group(3));
                info.put("load_average", m.group(4));
            }
        } catch (ApiException e) {
            if (e.status() != 501) {
                throw e; // only HTTPNotImplemented (a driver without uptime) is passed over
            }
        }
        info.put("service_id", JsonRows.value(h.path("service").get("id")));
        info.put("service_host", JsonRows.value(h.path("service").get("host")));
        info.remove("service");
        Object cpu = info.get("cpu_info");
        if (!compute.serverMicroversionAtLeast("2.28")) {
            // before 2.28 cpu_info is JSON in a string
            try {
                cpu = cpu instanceof String s && !s.isEmpty() ? JsonRows.value(Json.parse(s)) : Map.of();
            } catch (java.io.IOException e) {
                throw new dev.jos.session.CommandException("Invalid cpu_info from nova: " + e.getMessage(), e);
            }
        }
        info.put("cpu_info", cpu instanceof Map<?, ?> d ? new DictColumn(d) : cpu);
        return Record.fromMap(info);
    }
}
