package dev.jos.network.floatingip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.network.SdkValues;
import dev.jos.output.OscFormat;
import dev.jos.output.Record;

/**
 * A floating IP as OSC 6.0 shows it over neutron: openstacksdk's FloatingIP attributes, sorted
 * (name is the address again, location and tenant_id hidden); show formats port_details with
 * format_dict, create prints it as it came.
 */
final class FloatingIpColumns {
    static final List<String> HEADERS = List.of("ID", "Floating IP Address", "Fixed IP Address", "Port",
            "Floating Network", "Project");
    static final List<String> LONG_HEADERS = List.of("Router", "Status", "Description", "Tags", "DNS Name", "DNS Domain");

    private FloatingIpColumns() {
    }

    private static Object projectId(ObjectNode f) {
        // project_id = Body('project_id', alias='tenant_id')
        return f.has("project_id") ? SdkValues.raw(f, "project_id") : SdkValues.raw(f, "tenant_id");
    }

    static Record record(ObjectNode f, boolean formatPortDetails) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("created_at", SdkValues.raw(f, "created_at"));
        m.put("description", SdkValues.raw(f, "description"));
        m.put("dns_domain", SdkValues.raw(f, "dns_domain"));
        m.put("dns_name", SdkValues.raw(f, "dns_name"));
        m.put("fixed_ip_address", SdkValues.raw(f, "fixed_ip_address"));
        m.put("floating_ip_address", SdkValues.raw(f, "floating_ip_address"));
        m.put("floating_network_id", SdkValues.raw(f, "floating_network_id"));
        m.put("id", SdkValues.raw(f, "id"));
        m.put("name", SdkValues.raw(f, "floating_ip_address"));
        Object details = SdkValues.raw(f, "port_details");
        m.put("port_details", formatPortDetails && details instanceof Map<?, ?> d ? OscFormat.formatDict(d) : details);
        m.put("port_id", SdkValues.raw(f, "port_id"));
        m.put("project_id", projectId(f));
        m.put("qos_policy_id", SdkValues.raw(f, "qos_policy_id"));
        m.put("revision_number", SdkValues.integer(f, "revision_number"));
        m.put("router_id", SdkValues.raw(f, "router_id"));
        m.put("status", SdkValues.raw(f, "status"));
        m.put("subnet_id", SdkValues.raw(f, "subnet_id"));
        m.put("tags", SdkValues.list(f, "tags", new ArrayList<>()));
        m.put("updated_at", SdkValues.raw(f, "updated_at"));
        return Record.fromMap(m);
    }

    static List<Object> row(ObjectNode f, boolean longList) {
        List<Object> row = new ArrayList<>();
        row.add(SdkValues.raw(f, "id"));
        row.add(SdkValues.raw(f, "floating_ip_address"));
        row.add(SdkValues.raw(f, "fixed_ip_address"));
        row.add(SdkValues.raw(f, "port_id"));
        row.add(SdkValues.raw(f, "floating_network_id"));
        row.add(projectId(f));
        if (longList) {
            row.add(SdkValues.raw(f, "router_id"));
            row.add(SdkValues.raw(f, "status"));
            row.add(SdkValues.raw(f, "description"));
            row.add(SdkValues.list(f, "tags", new ArrayList<>()));
            row.add(SdkValues.raw(f, "dns_name"));
            row.add(SdkValues.raw(f, "dns_domain"));
        }
        return row;
    }
}
