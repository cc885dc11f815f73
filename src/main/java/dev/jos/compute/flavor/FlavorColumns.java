package dev.jos.compute.flavor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.JsonRows;
import dev.jos.output.PythonTruth;
import dev.jos.output.DictColumn;
import dev.jos.output.Record;

/**
 * A flavor as OSC 6.0 shows it, shared by list, show, create and set: openstacksdk's Flavor
 * resource built from nova's JSON (its attribute names, defaults and type conversions), and
 * OSC's {@code _get_flavor_columns} over it (osc_lib's get_osc_show_columns_for_sdk_resource
 * with the flavor renames and hidden columns, values by get_dict_properties).
 */
final class FlavorColumns {
    static final List<String> LIST_HEADERS = List.of("ID", "Name", "RAM", "Disk", "Ephemeral", "VCPUs", "Is Public");
    static final List<String> LONG_LIST_HEADERS = List.of("ID", "Name", "RAM", "Disk", "Ephemeral", "VCPUs", "Is Public",
            "Swap", "RXTX Factor", "Properties");
    private static final List<String> LIST_ATTRS = List.of("id", "name", "ram", "disk", "ephemeral", "vcpus", "is_public");
    private static final List<String> LONG_LIST_ATTRS = List.of("id", "name", "ram", "disk", "ephemeral", "vcpus",
            "is_public", "swap", "rxtx_factor", "extra_specs");

    /** _get_flavor_columns' column_map: sdk attribute to the name OSC showed before the SDK. */
    private static final Map<String, String> RENAMES = orderedRenames();
    private static final List<String> HIDDEN = List.of("links", "location", "original_name");

    private FlavorColumns() {
    }

    private static Map<String, String> orderedRenames() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("extra_specs", "properties");
        m.put("ephemeral", "OS-FLV-EXT-DATA:ephemeral");
        m.put("is_disabled", "OS-FLV-DISABLED:disabled");
        m.put("is_public", "os-flavor-access:is_public");
        return m;
    }

    /**
     * Flavor.to_dict(): every attribute of openstacksdk's Flavor in its declaration order, with
     * the resource's defaults for keys nova left out and its type conversions (int, bool, float).
     */
    static Map<String, Object> sdkFlavor(ObjectNode f) {
        Map<String, Object> m = new LinkedHashMap<>();
        // name = Body('name', alias='original_name')
        m.put("name", f.has("name") ? JsonRows.value(f.get("name")) : JsonRows.value(f.get("original_name")));
        m.put("original_name", JsonRows.value(f.get("original_name")));
        m.put("description", JsonRows.value(f.get("description")));
        m.put("disk", typed(f.get("disk"), Kind.INT, 0L));
        m.put("is_public", typed(f.get("os-flavor-access:is_public"), Kind.BOOL, Boolean.TRUE));
        m.put("ram", typed(f.get("ram"), Kind.INT, 0L));
        m.put("vcpus", typed(f.get("vcpus"), Kind.INT, 0L));
        // swap has no type: nova's "" for no swap stays ""
        m.put("swap", f.has("swap") ? JsonRows.value(f.get("swap")) : 0L);
        m.put("ephemeral", typed(f.get("OS-FLV-EXT-DATA:ephemeral"), Kind.INT, 0L));
        m.put("is_disabled", typed(f.get("OS-FLV-DISABLED:disabled"), Kind.BOOL, null));
        m.put("rxtx_factor", typed(f.get("rxtx_factor"), Kind.FLOAT, null));
        Object specs = f.has("extra_specs") ? JsonRows.value(f.get("extra_specs")) : new LinkedHashMap<String, Object>();
        m.put("extra_specs", specs);
        m.put("id", id(f));
        m.put("location", null);
        return m;
    }

    /** Flavor.id: the first non-empty of the body's id, name and original_name. */
    static String id(ObjectNode f) {
        for (String key : List.of("id", "name", "original_name")) {
            JsonNode n = f.get(key);
            if (n != null && PythonTruth.truthy(JsonRows.value(n))) {
                return n.isTextual() ? n.asText() : n.toString();
            }
        }
        return null;
    }

    /** Whether the SDK sees extra specs (`if not flavor.extra_specs` fetches them separately). */
    static boolean hasExtraSpecs(Map<String, Object> flavor) {
        return PythonTruth.truthy(flavor.get("extra_specs"));
    }

    static boolean isPublic(Map<String, Object> flavor) {
        return PythonTruth.truthy(flavor.get("is_public"));
    }

    private enum Kind { INT, BOOL, FLOAT }

    /** resource.Body(type=...): missing is the default, null stays None, else int()/bool()/float(). */
    private static Object typed(JsonNode n, Kind kind, Object fallback) {
        if (n == null) {
            return fallback;
        }
        Object v = JsonRows.value(n);
        if (v == null) {
            return null;
        }
        switch (kind) {
            case BOOL:
                return PythonTruth.truthy(v);
            case INT:
                if (v instanceof Long) {
                    return v;
                }
                if (v instanceof Double d) {
                    return d.longValue();
                }
                if (v instanceof Boolean b) {
                    return b ? 1L : 0L;
                }
                if (v instanceof String s) {
                    try {
                        return Long.parseLong(s.strip());
                    } catch (NumberFormatException e) {
                        return s;
                    }
                }
                return v;
            case FLOAT:
                if (v instanceof Long l) {
                    return l.doubleValue();
                }
                if (v instanceof String s) {
                    try {
                        return new BigDecimal(s.strip()).doubleValue();
                    } catch (NumberFormatException e) {
                        return s;
                    }
                }
                return v;
            default:
                return v;
        }
    }

    /** The show record of a flavor dict (to_dict, plus access_project_ids for show). */
    static Record record(Map<String, Object> flavor) {
        List<String> display = new ArrayList<>(flavor.keySet());
        display.removeAll(HIDDEN);
        Map<String, String> attrOf = new LinkedHashMap<>();
        for (Map.Entry<String, String> r : RENAMES.entrySet()) {
            if (display.remove(r.getKey())) {
                attrOf.put(r.getValue(), r.getKey());
            }
            if (!display.contains(r.getValue())) {
                display.add(r.getValue());
            }
        }
        Map<String, Object> shown = new LinkedHashMap<>();
        for (String column : display) {
            String attr = attrOf.getOrDefault(column, column);
            Object v = flavor.containsKey(attr) ? flavor.get(attr) : "";
            shown.put(column, attr.equals("extra_specs") || attr.equals("properties") ? dictColumn(v) : v);
        }
        // sorted(display_columns): code point order, as Record.fromMap sorts
        return Record.fromMap(shown);
    }

    @SuppressWarnings("unchecked")
    private static Object dictColumn(Object v) {
        return v instanceof Map<?, ?> m ? new DictColumn((Map<String, Object>) m) : v;
    }

    static List<String> headers(boolean longListing) {
        return longListing ? LONG_LIST_HEADERS : LIST_HEADERS;
    }

    /** get_item_properties over the resource: the list columns' attributes, properties as a DictColumn. */
    static List<Object> listRow(Map<String, Object> flavor, boolean longListing) {
        List<Object> row = new ArrayList<>();
        for (String attr : longListing ? LONG_LIST_ATTRS : LIST_ATTRS) {
            Object v = flavor.get(attr);
            row.add(attr.equals("extra_specs") ? dictColumn(v) : v);
        }
        return row;
    }
}
