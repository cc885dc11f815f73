package dev.jos.compute.keypair;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.JsonRows;
import dev.jos.output.Record;
import dev.jos.output.Table;

/**
 * What OSC shows of a keypair: the attributes of openstacksdk's Keypair resource (not nova's
 * keys), so a missing attribute shows as None, `id` is the name, `is_deleted` is nova's
 * `deleted`, and `type` defaults to "ssh" (nova sends it only from 2.2).
 */
final class KeypairColumns {
    static final List<String> LIST = List.of("Name", "Fingerprint");
    static final List<String> LIST_WITH_TYPE = List.of("Name", "Fingerprint", "Type");

    private KeypairColumns() {
    }

    /** Keypair.to_dict(): every attribute, sorted, as get_osc_show_columns_for_sdk_resource sorts them. */
    static Map<String, Object> sdkKeypair(ObjectNode k) {
        Map<String, Object> m = new TreeMap<>();
        m.put("created_at", value(k, "created_at"));
        JsonNode deleted = k.get("deleted");
        m.put("is_deleted", deleted == null || deleted.isNull() ? null : truthy(deleted));
        m.put("fingerprint", value(k, "fingerprint"));
        // openstacksdk's Keypair takes its id from the name (nova's numeric id is dropped)
        m.put("id", value(k, "name"));
        m.put("name", value(k, "name"));
        m.put("private_key", value(k, "private_key"));
        m.put("public_key", value(k, "public_key"));
        m.put("type", k.has("type") ? value(k, "type") : "ssh");
        m.put("user_id", value(k, "user_id"));
        return m;
    }

    /** openstacksdk's type=bool: Python's bool() of the JSON value. */
    private static boolean truthy(JsonNode n) {
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isNumber()) {
            return n.doubleValue() != 0;
        }
        if (n.isTextual()) {
            return !n.textValue().isEmpty();
        }
        return n.size() > 0;
    }

    private static Object value(ObjectNode k, String key) {
        return JsonRows.value(k.get(key));
    }

    /** OSC's _get_keypair_columns: all but links and location, optionally without the keys. */
    static Record record(ObjectNode k, boolean hidePublicKey, boolean hidePrivateKey) {
        Map<String, Object> m = sdkKeypair(k);
        if (hidePublicKey) {
            m.remove("public_key");
        }
        if (hidePrivateKey) {
            m.remove("private_key");
        }
        return Record.fromMap(m);
    }

    /** What OSC's ShowOne returns after writing a key to stdout itself: ({}, {}). */
    static Record empty() {
        return Record.of(List.of(), List.of());
    }

    static Table table(List<ObjectNode> keypairs, boolean withType) {
        List<List<Object>> rows = new ArrayList<>();
        for (ObjectNode k : keypairs) {
            Map<String, Object> m = sdkKeypair(k);
            List<Object> row = new ArrayList<>();
            row.add(m.get("name"));
            row.add(m.get("fingerprint"));
            if (withType) {
                row.add(m.get("type"));
            }
            rows.add(row);
        }
        return new Table(withType ? LIST_WITH_TYPE : LIST, rows);
    }
}
