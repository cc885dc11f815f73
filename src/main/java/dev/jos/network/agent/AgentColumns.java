package dev.jos.network.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.network.FlagColumn;
import dev.jos.network.SdkValues;
import dev.jos.output.Record;

/**
 * A network agent as OSC 6.0 shows it: openstacksdk's Agent attributes under their column names
 * (is_admin_state_up as admin_state_up, is_alive as alive; name, location and tenant_id hidden).
 * The DictColumn OSC declares is keyed "configurations", which the SDK calls "configuration", so
 * the dict prints as Python's repr.
 */
final class AgentColumns {
    static final List<String> HEADERS = List.of("ID", "Agent Type", "Host", "Availability Zone", "Alive", "State", "Binary");

    private AgentColumns() {
    }

    static Record record(ObjectNode a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("admin_state_up", FlagColumn.adminState(SdkValues.bool(a, "admin_state_up", null)));
        m.put("agent_type", SdkValues.raw(a, "agent_type"));
        m.put("alive", FlagColumn.alive(SdkValues.bool(a, "alive", null)));
        m.put("availability_zone", SdkValues.raw(a, "availability_zone"));
        m.put("binary", SdkValues.raw(a, "binary"));
        m.put("configuration", SdkValues.raw(a, "configurations"));
        m.put("created_at", SdkValues.raw(a, "created_at"));
        m.put("description", SdkValues.raw(a, "description"));
        m.put("ha_state", SdkValues.raw(a, "ha_state"));
        m.put("host", SdkValues.raw(a, "host"));
        m.put("id", SdkValues.raw(a, "id"));
        m.put("last_heartbeat_at", SdkValues.raw(a, "heartbeat_timestamp"));
        m.put("resources_synced", SdkValues.bool(a, "resources_synced", null));
        m.put("started_at", SdkValues.raw(a, "started_at"));
        m.put("topic", SdkValues.raw(a, "topic"));
        return Record.fromMap(m);
    }

    static List<Object> row(ObjectNode a, boolean haState) {
        List<Object> row = new ArrayList<>();
        row.add(SdkValues.raw(a, "id"));
        row.add(SdkValues.raw(a, "agent_type"));
        row.add(SdkValues.raw(a, "host"));
        row.add(SdkValues.raw(a, "availability_zone"));
        row.add(FlagColumn.alive(SdkValues.bool(a, "alive", null)));
        row.add(FlagColumn.adminState(SdkValues.bool(a, "admin_state_up", null)));
        row.add(SdkValues.raw(a, "binary"));
        if (haState) {
            row.add(SdkValues.raw(a, "ha_state"));
        }
        return row;
    }
}
