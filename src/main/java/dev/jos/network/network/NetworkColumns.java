package dev.jos.network.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.network.FlagColumn;
import dev.jos.network.SdkValues;
import dev.jos.output.ListColumn;
import dev.jos.output.Record;

/**
 * A network as OSC 6.0 shows it, shared by list, show and create: openstacksdk's Network
 * attributes read from neutron's JSON, renamed by _get_columns_network (location hidden),
 * formatted by network.py's _formatters.
 */
final class NetworkColumns {
    static final List<String> HEADERS = List.of("ID", "Name", "Subnets");
    static final List<String> LONG_HEADERS = List.of("ID", "Name", "Status", "Project", "State", "Shared", "Subnets",
            "Network Type", "Router Type", "Availability Zones", "Tags");

    private NetworkColumns() {
    }

    private static Object listColumn(Object v) {
        return new ListColumn(v instanceof List<?> l ? l : v == null ? null : List.of(v));
    }

    /** The show record: every attribute under OSC's name, in sorted order. */
    static Record record(ObjectNode n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("admin_state_up", FlagColumn.adminState(SdkValues.bool(n, "admin_state_up", null)));
        m.put("availability_zone_hints", listColumn(SdkValues.raw(n, "availability_zone_hints")));
        m.put("availability_zones", listColumn(SdkValues.raw(n, "availability_zones")));
        m.put("created_at", SdkValues.raw(n, "created_at"));
        m.put("description", SdkValues.raw(n, "description"));
        m.put("dns_domain", SdkValues.raw(n, "dns_domain"));
        m.put("id", SdkValues.raw(n, "id"));
        m.put("ipv4_address_scope", SdkValues.raw(n, "ipv4_address_scope"));
        m.put("ipv6_address_scope", SdkValues.raw(n, "ipv6_address_scope"));
        m.put("is_default", SdkValues.bool(n, "is_default", null));
        m.put("is_vlan_transparent", SdkValues.bool(n, "vlan_transparent", null));
        m.put("mtu", SdkValues.integer(n, "mtu"));
        m.put("name", SdkValues.raw(n, "name"));
        m.put("port_security_enabled", SdkValues.bool(n, "port_security_enabled", Boolean.FALSE));
        m.put("project_id", SdkValues.raw(n, "project_id"));
        m.put("provider:network_type", SdkValues.raw(n, "provider:network_type"));
        m.put("provider:physical_network", SdkValues.raw(n, "provider:physical_network"));
        m.put("provider:segmentation_id", SdkValues.raw(n, "provider:segmentation_id"));
        m.put("qos_policy_id", SdkValues.raw(n, "qos_policy_id"));
        m.put("revision_number", SdkValues.integer(n, "revision_number"));
        m.put("router:external", FlagColumn.routerExternal(SdkValues.bool(n, "router:external", Boolean.FALSE)));
        m.put("segments", SdkValues.raw(n, "segments"));
        m.put("shared", SdkValues.bool(n, "shared", null));
        m.put("status", SdkValues.raw(n, "status"));
        m.put("subnets", listColumn(SdkValues.list(n, "subnets", null)));
        m.put("tags", listColumn(SdkValues.list(n, "tags", new ArrayList<>())));
        m.put("updated_at", SdkValues.raw(n, "updated_at"));
        return Record.fromMap(m);
    }

    static List<String> headers(boolean longListing) {
        return longListing ? LONG_HEADERS : HEADERS;
    }

    static List<Object> row(ObjectNode n, boolean longListing) {
        List<Object> row = new ArrayList<>();
        row.add(SdkValues.raw(n, "id"));
        row.add(SdkValues.raw(n, "name"));
        if (longListing) {
            row.add(SdkValues.raw(n, "status"));
            row.add(SdkValues.raw(n, "project_id"));
            row.add(FlagColumn.adminState(SdkValues.bool(n, "admin_state_up", null)));
            row.add(SdkValues.bool(n, "shared", null));
        }
        row.add(listColumn(SdkValues.list(n, "subnets", null)));
        if (longListing) {
            row.add(SdkValues.raw(n, "provider:network_type"));
            row.add(FlagColumn.routerExternal(SdkValues.bool(n, "router:external", Boolean.FALSE)));
            row.add(listColumn(SdkValues.raw(n, "availability_zones")));
            row.add(listColumn(SdkValues.list(n, "tags", new ArrayList<>())));
        }
        return row;
    }
}
