package dev.jos.network.router;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.network.FlagColumn;
import dev.jos.network.SdkValues;
import dev.jos.output.FormattedValue;
import dev.jos.output.ListColumn;
import dev.jos.output.PythonJson;
import dev.jos.output.Record;

/**
 * A router as OSC 6.0 shows it: openstacksdk's Router attributes (location hidden; ha and
 * distributed only when neutron tells them, which it does to admins), router.py's formatters.
 */
final class RouterColumns {
    private RouterColumns() {
    }

    /** router.py's RouterInfoColumn: json.dumps of the value. */
    static final class Info implements FormattedValue {
        private final Object value;

        Info(Object value) {
            this.value = value;
        }

        @Override
        public String human() {
            return PythonJson.dumps(value);
        }

        @Override
        public Object machine() {
            return value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Info i && Objects.equals(i.value, value);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(value);
        }
    }

    private static Object listColumn(Object v) {
        return new ListColumn(v instanceof List<?> l ? l : v == null ? null : List.of(v));
    }

    /** project_id = Body('project_id', alias='tenant_id'). */
    private static Object projectId(ObjectNode r) {
        return r.has("project_id") ? SdkValues.raw(r, "project_id") : SdkValues.raw(r, "tenant_id");
    }

    private static boolean present(ObjectNode r, String key) {
        JsonNode n = r.get(key);
        return n != null && !n.isNull();
    }

    /**
     * The show record, in sorted order; {@code interfaces} (router show's interfaces_info, a list
     * of maps) only when not null.
     */
    static Record record(ObjectNode r, List<Map<String, Object>> interfaces) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("admin_state_up", FlagColumn.adminState(SdkValues.bool(r, "admin_state_up", null)));
        m.put("availability_zone_hints", listColumn(SdkValues.raw(r, "availability_zone_hints")));
        m.put("availability_zones", listColumn(SdkValues.list(r, "availability_zones", null)));
        m.put("created_at", SdkValues.raw(r, "created_at"));
        m.put("description", SdkValues.raw(r, "description"));
        if (present(r, "distributed")) {
            m.put("distributed", SdkValues.bool(r, "distributed", null));
        }
        m.put("enable_ndp_proxy", SdkValues.bool(r, "enable_ndp_proxy", null));
        m.put("external_gateway_info", new Info(SdkValues.raw(r, "external_gateway_info")));
        m.put("flavor_id", SdkValues.raw(r, "flavor_id"));
        if (present(r, "ha")) {
            m.put("ha", SdkValues.bool(r, "ha", null));
        }
        m.put("id", SdkValues.raw(r, "id"));
        if (interfaces != null) {
            m.put("interfaces_info", new Info(interfaces));
        }
        m.put("name", SdkValues.raw(r, "name"));
        m.put("project_id", projectId(r));
        m.put("revision_number", SdkValues.integer(r, "revision_number"));
        m.put("routes", new dev.jos.network.RoutesColumn(SdkValues.list(r, "routes", null)));
        m.put("status", SdkValues.raw(r, "status"));
        m.put("tags", listColumn(SdkValues.list(r, "tags", new ArrayList<>())));
        m.put("tenant_id", SdkValues.raw(r, "tenant_id"));
        m.put("updated_at", SdkValues.raw(r, "updated_at"));
        return Record.fromMap(m);
    }

    static Record record(ObjectNode r) {
        return record(r, null);
    }
}
