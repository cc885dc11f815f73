package dev.jos.network.port;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.network.FlagColumn;
import dev.jos.network.SdkValues;
import dev.jos.output.DictColumn;
import dev.jos.output.ListColumn;
import dev.jos.output.ListDictColumn;
import dev.jos.output.Record;

/**
 * A port as OSC 6.0 shows it, shared by create, show and list: openstacksdk's Port attributes
 * from neutron's JSON, renamed by port.py's _get_columns (location and tenant_id hidden), in
 * sorted order, formatted by its _formatters.
 */
final class PortColumns {
    /** ListPort's columns: the SDK attribute names it asks neutron for as fields, and its headers. */
    static final List<String> FIELDS = List.of("id", "name", "mac_address", "fixed_ips", "status");
    static final List<String> LONG_FIELDS = List.of("security_group_ids", "device_owner", "tags");
    static final List<String> HEADERS = List.of("ID", "Name", "MAC Address", "Fixed IP Addresses", "Status");
    static final List<String> LONG_HEADERS = List.of("Security Groups", "Device Owner", "Tags");

    private PortColumns() {
    }

    static Object listColumn(Object v) {
        return new ListColumn(v instanceof List<?> l ? l : v == null ? null : List.of(v));
    }

    @SuppressWarnings("unchecked")
    static Object listDictColumn(Object v) {
        if (v == null || v instanceof List<?> l && l.stream().allMatch(e -> e instanceof Map<?, ?>)) {
            return new ListDictColumn((List<? extends Map<?, ?>>) v);
        }
        return v;
    }

    static Object dictColumn(Object v) {
        return v == null || v instanceof Map<?, ?> ? new DictColumn((Map<?, ?>) v) : v;
    }

    /** project_id = Body('project_id', alias='tenant_id'). */
    static Object projectId(ObjectNode p) {
        return p.has("project_id") ? SdkValues.raw(p, "project_id") : SdkValues.raw(p, "tenant_id");
    }

    static Record record(ObjectNode p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("admin_state_up", FlagColumn.adminState(SdkValues.bool(p, "admin_state_up", null)));
        m.put("allowed_address_pairs", listDictColumn(SdkValues.list(p, "allowed_address_pairs", null)));
        m.put("binding_host_id", SdkValues.raw(p, "binding:host_id"));
        m.put("binding_profile", dictColumn(SdkValues.raw(p, "binding:profile")));
        m.put("binding_vif_details", dictColumn(SdkValues.raw(p, "binding:vif_details")));
        m.put("binding_vif_type", SdkValues.raw(p, "binding:vif_type"));
        m.put("binding_vnic_type", SdkValues.raw(p, "binding:vnic_type"));
        m.put("created_at", SdkValues.raw(p, "created_at"));
        m.put("data_plane_status", SdkValues.raw(p, "data_plane_status"));
        m.put("description", SdkValues.raw(p, "description"));
        m.put("device_id", SdkValues.raw(p, "device_id"));
        m.put("device_owner", SdkValues.raw(p, "device_owner"));
        m.put("device_profile", SdkValues.raw(p, "device_profile"));
        m.put("dns_assignment", listDictColumn(SdkValues.raw(p, "dns_assignment")));
        m.put("dns_domain", SdkValues.raw(p, "dns_domain"));
        m.put("dns_name", SdkValues.raw(p, "dns_name"));
        m.put("extra_dhcp_opts", listDictColumn(SdkValues.list(p, "extra_dhcp_opts", null)));
        m.put("fixed_ips", listDictColumn(SdkValues.list(p, "fixed_ips", null)));
        m.put("id", SdkValues.raw(p, "id"));
        m.put("ip_allocation", SdkValues.raw(p, "ip_allocation"));
        m.put("mac_address", SdkValues.raw(p, "mac_address"));
        m.put("name", SdkValues.raw(p, "name"));
        m.put("network_id", SdkValues.raw(p, "network_id"));
        m.put("numa_affinity_policy", SdkValues.raw(p, "numa_affinity_policy"));
        m.put("port_security_enabled", SdkValues.bool(p, "port_security_enabled", Boolean.FALSE));
        m.put("project_id", projectId(p));
        m.put("propagate_uplink_status", SdkValues.bool(p, "propagate_uplink_status", null));
        m.put("qos_network_policy_id", SdkValues.raw(p, "qos_network_policy_id"));
        m.put("qos_policy_id", SdkValues.raw(p, "qos_policy_id"));
        m.put("resource_request", SdkValues.raw(p, "resource_request"));
        m.put("revision_number", SdkValues.integer(p, "revision_number"));
        m.put("security_group_ids", listColumn(SdkValues.list(p, "security_groups", null)));
        m.put("status", SdkValues.raw(p, "status"));
        m.put("tags", listColumn(SdkValues.list(p, "tags", new ArrayList<>())));
        m.put("trunk_details", SdkValues.raw(p, "trunk_details"));
        m.put("updated_at", SdkValues.raw(p, "updated_at"));
        return Record.fromMap(m);
    }

    static List<String> headers(boolean longListing) {
        List<String> h = new ArrayList<>(HEADERS);
        if (longListing) {
            h.addAll(LONG_HEADERS);
        }
        return h;
    }

    static List<String> fields(boolean longListing) {
        List<String> f = new ArrayList<>(FIELDS);
        if (longListing) {
            f.addAll(LONG_FIELDS);
        }
        return f;
    }

    /**
     * A list row. OSC asks for the SDK's attribute names as fields, so neutron leaves out
     * security_groups (its own name) and --long's Security Groups column reads None.
     */
    static List<Object> row(ObjectNode p, boolean longListing) {
        List<Object> row = new ArrayList<>();
        row.add(SdkValues.raw(p, "id"));
        row.add(SdkValues.raw(p, "name"));
        row.add(SdkValues.raw(p, "mac_address"));
        row.add(listDictColumn(SdkValues.list(p, "fixed_ips", null)));
        row.add(SdkValues.raw(p, "status"));
        if (longListing) {
            row.add(listColumn(SdkValues.list(p, "security_groups", null)));
            row.add(SdkValues.raw(p, "device_owner"));
            row.add(listColumn(SdkValues.list(p, "tags", new ArrayList<>())));
        }
        return row;
    }
}
