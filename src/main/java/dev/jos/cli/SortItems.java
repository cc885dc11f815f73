package dev.jos.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.session.CommandException;

/** osc_lib.utils.sort_items: `--sort key[:asc|desc],...`, applied last key first (stable sorts). */
public final class SortItems {
    private SortItems() {
    }

    public static List<ObjectNode> sort(List<ObjectNode> items, String sortStr) {
        List<ObjectNode> out = new ArrayList<>(items);
        String[] keys = sortStr.strip().split(",");
        for (int i = keys.length - 1; i >= 0; i--) {
            String key = keys[i];
            boolean reverse = false;
            int colon = key.indexOf(':');
            if (colon >= 0) {
                String direction = key.substring(colon + 1);
                key = key.substring(0, colon);
                if (key.isEmpty()) {
                    throw new CommandException("'<empty string>'' is not a valid sort key");
                }
                if (!direction.equals("asc") && !direction.equals("desc")) {
                    throw new CommandException("'" + (direction.isEmpty() ? "<empty string>" : direction)
                            + "' is not a valid sort direction for sort key " + key + ", use 'asc' or 'desc' instead");
                }
                reverse = direction.equals("desc");
            }
            String field = key;
            for (ObjectNode item : out) {
                if (!item.has(field)) {
                    throw new CommandException("Resource doesn't have field " + field);
                }
            }
            Comparator<ObjectNode> c = Comparator.comparing(n -> n.get(field), SortItems::compare);
            // both sorts are stable, as Python's sort(reverse=True) is
            out.sort(reverse ? c.reversed() : c);
        }
        return out;
    }

    private static int compare(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.asDouble(), b.asDouble());
        }
        if (a.isBoolean() && b.isBoolean()) {
            return Boolean.compare(a.asBoolean(), b.asBoolean());
        }
        return a.asText().compareTo(b.asText());
    }
}
