package dev.jos.common;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.ListCommand;
import dev.jos.compute.ComputeApi;
import dev.jos.network.NetworkApi;
import dev.jos.output.Table;
import dev.jos.session.ApiException;
import picocli.CommandLine.Option;

/**
 * OSC's ListAvailabilityZone: nova's zones (with --long a row per host and service), cinder's,
 * then neutron's when it has the extension. jos speaks no cinder: its zones are those of a
 * cloud whose block storage does not answer, a warning when --volume asked for them.
 */
public class AvailabilityZoneList extends ListCommand {
    @Option(names = "--compute", description = "List compute availability zones")
    boolean compute;
    @Option(names = "--network", description = "List network availability zones")
    boolean network;
    @Option(names = "--volume", description = "List volume availability zones")
    boolean volume;
    @Option(names = "--long", description = "List additional fields in output")
    boolean longList;

    @Override
    protected Table list(Invocation inv) {
        List<String> headers = longList
                ? List.of("Zone Name", "Zone Status", "Zone Resource", "Host Name", "Service Name", "Service Status")
                : List.of("Zone Name", "Zone Status");
        boolean all = !compute && !volume && !network;
        List<List<Object>> rows = new ArrayList<>();
        if (compute || all) {
            computeZones(inv.compute(), rows);
        }
        if (volume) {
            inv.warn("Availability zones list not supported by Block Storage API");
        }
        if (network || all) {
            NetworkApi api = inv.network();
            boolean supported;
            try {
                supported = api.hasExtension("Availability Zone");
            } catch (RuntimeException e) {
                supported = false; // OSC logs any failure at debug level and lists no network zones
            }
            if (!supported) {
                if (network) {
                    inv.warn("Availability zones list not supported by Network API");
                }
            } else {
                for (ObjectNode z : api.availabilityZones()) {
                    String state = z.has("state") ? text(z.get("state")) : "";
                    rows.add(row(z.has("name") ? text(z.get("name")) : "", "unavailable".equals(state) ? "not available" : state,
                            z.has("resource") ? text(z.get("resource")) : "", null, null, null));
                }
            }
        }
        return new Table(headers, rows.stream().map(r -> longList ? r : r.subList(0, 2)).toList());
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private void computeZones(ComputeApi api, List<List<Object>> rows) {
        List<ObjectNode> zones;
        try {
            zones = api.availabilityZones(true);
        } catch (ApiException e) {
            if (!e.isForbidden()) {
                throw e;
            }
            zones = api.availabilityZones(false); // the policy allows only the summary
        }
        for (ObjectNode az : zones) {
            Object status = az.has("zoneState") ? (az.path("zoneState").path("available").asBoolean(false)
                    ? "available" : "not available") : null;
            Object name = az.has("zoneName") ? text(az.get("zoneName")) : null;
            JsonNode hosts = az.get("hosts");
            if (!longList) {
                rows.add(row(name, status, "", null, null, null));
            } else if (hosts != null && hosts.isObject() && !hosts.isEmpty()) {
                for (Iterator<Map.Entry<String, JsonNode>> h = hosts.fields(); h.hasNext();) {
                    Map.Entry<String, JsonNode> host = h.next();
                    for (Iterator<Map.Entry<String, JsonNode>> s = host.getValue().fields(); s.hasNext();) {
                        Map.Entry<String, JsonNode> svc = s.next();
                        JsonNode state = svc.getValue();
                        String updated = state.get("updated_at") == null || state.get("updated_at").isNull()
                                ? "None" : state.get("updated_at").asText();
                        rows.add(row(name, status, "", host.getKey(), svc.getKey(),
                                (state.path("active").asBoolean(false) ? "enabled" : "disabled") + " "
                                        + (state.path("available").asBoolean(false) ? ":-)" : "XXX") + " " + updated));
                    }
                }
            } else {
                rows.add(row(name, status, "", "", "", ""));
            }
        }
    }

    /** get_dict_properties of a zone_info: a key the zone lacks prints as ''. */
    private static List<Object> row(Object name, Object status, Object resource, Object host, Object service, Object state) {
        List<Object> r = new ArrayList<>();
        r.add(name == null ? "" : name);
        r.add(status == null ? "" : status);
        r.add(resource == null ? "" : resource);
        r.add(host == null ? "" : host);
        r.add(service == null ? "" : service);
        r.add(state == null ? "" : state);
        return r;
    }
}
