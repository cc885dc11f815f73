package dev.jos.compute.flavor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.JsonRows;
import dev.jos.output.DictColumn;

/**
 * A flavor as OSC 6.0 shows it: openstacksdk's Flavor resource built from nova's JSON (its
 * attribute names, defaults and types), with OSC's renames, shared by list and show.
 */
final class FlavorColumns {
    static final List<String> LIST_HEADERS = List.of("ID", "Name", "RAM", "Disk", "Ephemeral", "VCPUs", "Is Public");
    static final List<String> LONG_LIST_HEADERS = List.of("ID", "Name", "RAM", "Disk", "Ephemeral", "VCPUs", "Is Public",
            "Swap", "RXTX Factor", "Properties");

    private FlavorColumns() {
    }

    /** openstacksdk's Flavor attributes from nova's JSON (defaults where nova left a key out). */
    static Map<String, Object> sdkFlavor(ObjectNode f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", JsonRows.value(f.get("id")));
        m.put("name", JsonRows.value(f.get("name")));
        m.put("description", JsonRows.value(f.get("description")));
        m.put("disk", intOr(f.get("disk"), 0L));
        m.put("is_public", f.has("os-flavor-access:is_public") ? JsonRows.value(f.get("os-flavor-access:is_public")) : Boolean.TRUE);
        m.put("ram", intOr(f.get("ram"), 0L));
        m.put("vcpus", intOr(f.get("vcpus"), 0L));
        m.put("swap", f.has("swap") ? JsonRows.value(f.get("swap")) : 0L);
        m.put("ephemeral", intOr(f.get("OS-FLV-EXT-DATA:ephemeral"), 0L));
        m.put("is_disabled", f.has("OS-FLV-DISABLED:disabled") ? JsonRows.value(f.get("OS-FLV-DISABLED:disabled")) : null);
        m.put("rxtx_factor", f.has("rxtx_factor") && !f.get("rxtx_factor").isNull() ? f.get("rxtx_factor").asDouble() : null);
        Map<String, Object> specs = new LinkedHashMap<>();
        JsonNode es = f.get("extra_specs");
        if (es != null && es.isObject()) {
            es.fields().forEachRemaining(e -> specs.put(e.getKey(), JsonRows.value(e.getValue())));
        }
        m.put("extra_specs", specs);
        return m;
    }

    private static Object intOr(JsonNode n, Object fallback) {
        if (n == null || n.isNull()) {
            return n == null ? fallback : null;
        }
        return n.isNumber() ? (Object) n.asLong() : JsonRows.value(n);
    }

    static List<Object> listRow(Map<String, Object> flavor, boolean longListing) {
        List<Object> row = new ArrayList<>();
        for (String k : List.of("id", "name", "ram", "disk", "ephemeral", "vcpus", "is_public")) {
            row.add(flavor.get(k));
        }
        if (longListing) {
            row.add(flavor.get("swap"));
            row.add(flavor.get("rxtx_factor"));
            @SuppressWarnings("unchecked")
            Map<String, Object> specs = (Map<String, Object>) flavor.get("extra_specs");
            row.add(new DictColumn(specs));
        }
        return row;
    }
}
