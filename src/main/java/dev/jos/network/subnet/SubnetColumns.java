package dev.jos.network.subnet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.network.RoutesColumn;
import dev.jos.network.SdkValues;
import dev.jos.output.FormattedValue;
import dev.jos.output.ListColumn;
import dev.jos.output.Record;

/**
 * A subnet as OSC 6.0 shows it, shared by list, show and create: openstacksdk's Subnet
 * attributes from neutron's JSON, formatted by subnet.py's _formatters.
 */
final class SubnetColumns {
    static final List<String> HEADERS = List.of("ID", "Name", "Network", "Subnet");
    static final List<String> LONG_HEADERS = List.of("ID", "Name", "Network", "Subnet", "Project", "DHCP", "Name Servers",
            "Allocation Pools", "Host Routes", "IP Version", "Gateway", "Service Types", "Tags");

    private SubnetColumns() {
    }

    /** subnet.py's AllocationPoolsColumn: "start-end" per pool, joined by ",". */
    static final class AllocationPools implements FormattedValue {
        private final Object value;

        AllocationPools(Object value) {
            this.value = value;
        }

        @Override
        public String human() {
            List<String> pools = new ArrayList<>();
            if (value instanceof List<?> l) {
                for (Object p : l) {
                    Map<?, ?> m = p instanceof Map<?, ?> mm ? mm : Map.of();
                    pools.add(str(m.get("start")) + "-" + str(m.get("end")));
                }
            }
            return String.join(",", pools);
        }

        private static String str(Object o) {
            return o == null ? "" : o.toString();
        }

        @Override
        public Object machine() {
            return value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof AllocationPools a && Objects.equals(a.value, value);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object listColumn(Object v) {
        return new ListColumn(v instanceof List<?> l ? l : v == null ? null : List.of(v));
    }

    static Record record(ObjectNode s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("allocation_pools", new AllocationPools(SdkValues.list(s, "allocation_pools", null)));
        m.put("cidr", SdkValues.raw(s, "cidr"));
        m.put("created_at", SdkValues.raw(s, "created_at"));
        m.put("description", SdkValues.raw(s, "description"));
        m.put("dns_nameservers", listColumn(SdkValues.list(s, "dns_nameservers", null)));
        m.put("dns_publish_fixed_ip", SdkValues.bool(s, "dns_publish_fixed_ip", null));
        m.put("enable_dhcp", SdkValues.bool(s, "enable_dhcp", null));
        m.put("gateway_ip", SdkValues.raw(s, "gateway_ip"));
        m.put("host_routes", new RoutesColumn(SdkValues.list(s, "host_routes", null)));
        m.put("id", SdkValues.raw(s, "id"));
        m.put("ip_version", SdkValues.integer(s, "ip_version"));
        m.put("ipv6_address_mode", SdkValues.raw(s, "ipv6_address_mode"));
        m.put("ipv6_ra_mode", SdkValues.raw(s, "ipv6_ra_mode"));
        m.put("name", SdkValues.raw(s, "name"));
        m.put("network_id", SdkValues.raw(s, "network_id"));
        // project_id = Body('project_id', alias='tenant_id')
        m.put("project_id", s.has("project_id") ? SdkValues.raw(s, "project_id") : SdkValues.raw(s, "tenant_id"));
        m.put("revision_number", SdkValues.integer(s, "revision_number"));
        m.put("segment_id", SdkValues.raw(s, "segment_id"));
        m.put("service_types", listColumn(SdkValues.list(s, "service_types", null)));
        m.put("subnetpool_id", SdkValues.raw(s, "subnetpool_id"));
        m.put("tags", listColumn(SdkValues.list(s, "tags", new ArrayList<>())));
        m.put("updated_at", SdkValues.raw(s, "updated_at"));
        return Record.fromMap(m);
    }

    static List<String> headers(boolean longListing) {
        return longListing ? LONG_HEADERS : HEADERS;
    }

    static List<Object> row(ObjectNode s, boolean longListing) {
        List<Object> row = new ArrayList<>();
        row.add(SdkValues.raw(s, "id"));
        row.add(SdkValues.raw(s, "name"));
        row.add(SdkValues.raw(s, "network_id"));
        row.add(SdkValues.raw(s, "cidr"));
        if (longListing) {
            row.add(s.has("project_id") ? SdkValues.raw(s, "project_id") : SdkValues.raw(s, "tenant_id"));
            row.add(SdkValues.bool(s, "enable_dhcp", null));
            row.add(listColumn(SdkValues.list(s, "dns_nameservers", null)));
            row.add(new AllocationPools(SdkValues.list(s, "allocation_pools", null)));
            row.add(new RoutesColumn(SdkValues.list(s, "host_routes", null)));
            row.add(SdkValues.integer(s, "ip_version"));
            row.add(SdkValues.raw(s, "gateway_ip"));
            row.add(listColumn(SdkValues.list(s, "service_types", null)));
            row.add(listColumn(SdkValues.list(s, "tags", new ArrayList<>())));
        }
        return row;
    }
}
