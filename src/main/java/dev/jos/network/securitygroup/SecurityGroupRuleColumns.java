package dev.jos.network.securitygroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.network.SdkValues;
import dev.jos.output.Record;

/**
 * A security group rule as OSC 6.0 shows it over neutron (security_group_rule.py): the SDK's
 * SecurityGroupRule attributes (ethertype as ether_type; location and tenant_id hidden) for
 * create and show, and ListSecurityGroupRule's columns with its port range and IP range.
 */
final class SecurityGroupRuleColumns {
    private SecurityGroupRuleColumns() {
    }

    static Record record(ObjectNode r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("created_at", SdkValues.raw(r, "created_at"));
        m.put("description", SdkValues.raw(r, "description"));
        m.put("direction", SdkValues.raw(r, "direction"));
        m.put("ether_type", SdkValues.raw(r, "ethertype"));
        m.put("id", SdkValues.raw(r, "id"));
        m.put("name", SdkValues.raw(r, "name"));
        m.put("port_range_max", SdkValues.integer(r, "port_range_max"));
        m.put("port_range_min", SdkValues.integer(r, "port_range_min"));
        m.put("project_id", SdkValues.raw(r, "project_id"));
        m.put("protocol", SdkValues.raw(r, "protocol"));
        m.put("remote_address_group_id", SdkValues.raw(r, "remote_address_group_id"));
        m.put("remote_group_id", SdkValues.raw(r, "remote_group_id"));
        m.put("remote_ip_prefix", SdkValues.raw(r, "remote_ip_prefix"));
        m.put("revision_number", SdkValues.integer(r, "revision_number"));
        m.put("security_group_id", SdkValues.raw(r, "security_group_id"));
        m.put("tags", SdkValues.list(r, "tags", new ArrayList<>()));
        m.put("updated_at", SdkValues.raw(r, "updated_at"));
        return Record.fromMap(m);
    }

    static List<String> headers(boolean withGroup) {
        List<String> h = new ArrayList<>(List.of("ID", "IP Protocol", "Ethertype", "IP Range", "Port Range", "Direction",
                "Remote Security Group", "Remote Address Group"));
        if (withGroup) {
            h.add("Security Group");
        }
        return h;
    }

    static List<Object> row(ObjectNode r, boolean withGroup) {
        List<Object> row = new ArrayList<>();
        row.add(SdkValues.raw(r, "id"));
        row.add(SdkValues.raw(r, "protocol"));
        row.add(SdkValues.raw(r, "ethertype"));
        row.add(remoteIpPrefix(r));
        row.add(portRange(r));
        row.add(SdkValues.raw(r, "direction"));
        row.add(SdkValues.raw(r, "remote_group_id"));
        row.add(SdkValues.raw(r, "remote_address_group_id"));
        if (withGroup) {
            row.add(SdkValues.raw(r, "security_group_id"));
        }
        return row;
    }

    static boolean isIcmp(Object protocol) {
        return protocol != null && List.of("icmp", "icmpv6", "ipv6-icmp", "1", "58").contains(protocol.toString());
    }

    /** _format_remote_ip_prefix: an absent prefix is the whole address family. */
    static Object remoteIpPrefix(ObjectNode r) {
        Object prefix = SdkValues.raw(r, "remote_ip_prefix");
        if (prefix == null) {
            Object ethertype = SdkValues.raw(r, "ethertype");
            if ("IPv4".equals(ethertype)) {
                return "0.0.0.0/0";
            }
            if ("IPv6".equals(ethertype)) {
                return "::/0";
            }
        }
        return prefix;
    }

    /** _format_network_port_range: "type=8:code=0" for ICMP, "22:23" otherwise, "" for none. */
    static String portRange(ObjectNode r) {
        Object min = SdkValues.integer(r, "port_range_min");
        Object max = SdkValues.integer(r, "port_range_max");
        StringBuilder s = new StringBuilder();
        if (isIcmp(SdkValues.raw(r, "protocol"))) {
            if (SdkValues.truthy(min)) {
                s.append("type=").append(min);
            }
            if (SdkValues.truthy(max)) {
                s.append(":code=").append(max);
            }
        } else if (SdkValues.truthy(min) || SdkValues.truthy(max)) {
            String lo = String.valueOf(min == null ? max : min);
            String hi = String.valueOf(max == null ? min : max);
            s.append(lo).append(':').append(hi);
        }
        return s.toString();
    }
}
