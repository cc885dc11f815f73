package dev.jos.network.securitygroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.network.SdkValues;
import dev.jos.output.FormattedValue;
import dev.jos.output.OscFormat;
import dev.jos.output.Record;

/**
 * A security group as OSC 6.0 shows it over neutron, shared by create, show and list:
 * openstacksdk's SecurityGroup attributes (security_group_rules shown as "rules", location
 * hidden), rules formatted by security_group.py's NetworkSecurityGroupRulesColumn.
 */
final class SecurityGroupColumns {
    /** ListSecurityGroup's headers; "Project" is the SDK's project_id. */
    static final List<String> HEADERS = List.of("ID", "Name", "Description", "Project", "Tags");
    /** ListSecurityGroup's FIELDS_TO_RETRIEVE, sent as one fields= per item (OSC's --debug line shows str() of the list). */
    static final List<String> FIELDS = List.of("id", "name", "description", "project_id", "tags");

    private SecurityGroupColumns() {
    }

    /** _format_network_security_group_rules: each rule without empty values and the group's own ids, one dict per line. */
    static final class Rules implements FormattedValue {
        private final List<Object> value;

        Rules(List<Object> value) {
            this.value = value;
        }

        @Override
        public String human() {
            if (value == null) {
                return null;
            }
            List<Map<?, ?>> rules = new ArrayList<>();
            for (Object r : value) {
                Map<Object, Object> m = new LinkedHashMap<>();
                if (r instanceof Map<?, ?> rule) {
                    rule.forEach((k, v) -> {
                        if (SdkValues.truthy(v) && !List.of("security_group_id", "tenant_id", "project_id").contains(k)) {
                            m.put(k, v);
                        }
                    });
                }
                rules.add(m);
            }
            return OscFormat.formatListOfDicts(rules);
        }

        @Override
        public Object machine() {
            return value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Rules r && Objects.equals(r.value, value);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(value);
        }
    }

    private static Object projectId(ObjectNode g) {
        // project_id = Body('project_id'); nova-network's tenant_id maps to it too
        return g.has("project_id") ? SdkValues.raw(g, "project_id") : SdkValues.raw(g, "tenant_id");
    }

    static Record record(ObjectNode g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("created_at", SdkValues.raw(g, "created_at"));
        m.put("description", SdkValues.raw(g, "description"));
        m.put("id", SdkValues.raw(g, "id"));
        m.put("name", SdkValues.raw(g, "name"));
        m.put("project_id", projectId(g));
        m.put("revision_number", SdkValues.integer(g, "revision_number"));
        @SuppressWarnings("unchecked")
        List<Object> rules = (List<Object>) SdkValues.list(g, "security_group_rules", null);
        m.put("rules", new Rules(rules));
        m.put("stateful", SdkValues.bool(g, "stateful", null));
        m.put("tags", SdkValues.list(g, "tags", new ArrayList<>()));
        m.put("updated_at", SdkValues.raw(g, "updated_at"));
        return Record.fromMap(m);
    }

    static List<Object> row(ObjectNode g) {
        List<Object> row = new ArrayList<>();
        row.add(SdkValues.raw(g, "id"));
        row.add(SdkValues.raw(g, "name"));
        row.add(SdkValues.raw(g, "description"));
        row.add(projectId(g));
        row.add(SdkValues.list(g, "tags", new ArrayList<>()));
        return row;
    }
}
