package dev.jos.compute.servergroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.compute.ComputeApi;
import dev.jos.output.DictColumn;
import dev.jos.output.ListColumn;
import dev.jos.output.Record;
import dev.jos.output.Table;
import dev.jos.session.CommandException;
import dev.jos.session.SdkFind;

/**
 * openstacksdk's ServerGroup as OSC shows it: every attribute (member_ids as members), metadata
 * hidden, and from 2.64 policy and rules, before it policies; the list's columns follow suit.
 */
final class ServerGroupColumns {
    private ServerGroupColumns() {
    }

    static Record record(ComputeApi compute, ObjectNode group) {
        List<String> fields = compute.sdkSupports("2.64")
                ? List.of("id", "members", "name", "policy", "project_id", "rules", "user_id")
                : List.of("id", "members", "name", "policies", "project_id", "user_id");
        List<Object> values = new ArrayList<>();
        for (String f : fields) {
            values.add(value(group, f.equals("members") ? "member_ids" : f));
        }
        return Record.of(fields, values);
    }

    static Table table(ComputeApi compute, List<ObjectNode> groups, boolean longListing) {
        String policy = compute.sdkSupports("2.64") ? "policy" : "policies";
        List<String> headers = new ArrayList<>(List.of("ID", "Name", policy.equals("policy") ? "Policy" : "Policies"));
        List<String> fields = new ArrayList<>(List.of("id", "name", policy));
        if (longListing) {
            headers.addAll(List.of("Members", "Project Id", "User Id"));
            fields.addAll(List.of("member_ids", "project_id", "user_id"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ObjectNode g : groups) {
            List<Object> row = new ArrayList<>();
            fields.forEach(f -> row.add(value(g, f)));
            rows.add(row);
        }
        return Table.of(headers, rows);
    }

    /** The SDK's attribute: nova's key (members for member_ids), None when nova did not send it; OSC's formatters. */
    private static Object value(ObjectNode group, String attr) {
        JsonNode n = group.get(attr.equals("member_ids") ? "members" : attr);
        Object v = n == null ? null : JsonRows.value(n);
        return switch (attr) {
            case "member_ids", "policies" -> new ListColumn(v instanceof List<?> l ? l : null);
            case "rules" -> new DictColumn(v instanceof Map<?, ?> m ? m : null);
            default -> v;
        };
    }

    /**
     * find_server_group with its default ignore_missing=True: a miss is None, and OSC then fails
     * on it with Python's AttributeError, worded by {@code noneUse}.
     */
    static ObjectNode find(Invocation inv, String nameOrId, String noneUse) {
        try {
            return inv.compute().findServerGroup(nameOrId);
        } catch (SdkFind.NotFound e) {
            throw new CommandException("'NoneType' object has no attribute '" + noneUse + "'");
        }
    }
}
