package dev.jos.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.output.Record;
import dev.jos.output.Table;

/** Raw API JSON to the rows and records OSC builds from keystoneclient's `_info` dicts. */
public final class JsonRows {
    private JsonRows() {
    }

    /** JSON to the plain values the formatters know: String, Long, Double, Boolean, null, List, Map. */
    public static Object value(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isIntegralNumber()) {
            return n.asLong();
        }
        if (n.isNumber()) {
            return n.asDouble();
        }
        if (n.isArray()) {
            List<Object> out = new ArrayList<>();
            n.forEach(e -> out.add(value(e)));
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), value(e.getValue()));
        }
        return out;
    }

    /**
     * osc_lib.utils.get_item_properties: each column's attribute is the column name lowercased
     * with spaces as underscores, unless mapped; a missing attribute prints as ''.
     */
    public static Table table(List<String> headers, List<String> fields, List<? extends JsonNode> items) {
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode item : items) {
            List<Object> row = new ArrayList<>();
            for (String f : fields) {
                row.add(item.has(f) ? value(item.get(f)) : "");
            }
            rows.add(row);
        }
        return new Table(headers, rows);
    }

    /** Field names derived from headers the way get_item_properties derives them. */
    public static List<String> fieldsOf(List<String> headers) {
        List<String> out = new ArrayList<>();
        for (String h : headers) {
            out.add(h.toLowerCase(java.util.Locale.ROOT).replace(' ', '_'));
        }
        return out;
    }

    /** `zip(*sorted(resource._info.items()))` after popping the given keys (usually 'links'). */
    public static Record sortedRecord(ObjectNode item, String... drop) {
        TreeMap<String, Object> sorted = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            sorted.put(e.getKey(), value(e.getValue()));
        }
        for (String d : drop) {
            sorted.remove(d);
        }
        return new Record(new ArrayList<>(sorted.keySet()), new ArrayList<>(sorted.values()));
    }
}
