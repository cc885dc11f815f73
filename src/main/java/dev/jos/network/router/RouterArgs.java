package dev.jos.network.router;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.MultiKeyValues;
import dev.jos.json.Json;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;

/** router.py's option values: --route and --fixed-ip parsed as argparse does, _get_attrs's gateway. */
final class RouterArgs {
    private RouterArgs() {
    }

    /** --route destination=,gateway= (both required), each as neutron's {destination, nexthop}. */
    static List<Map<String, String>> routes(List<String> values) {
        List<Map<String, String>> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                Map<String, String> r = new LinkedHashMap<>(MultiKeyValues.parse(v, List.of("destination", "gateway"),
                        List.of()));
                // route['nexthop'] = route.pop('gateway'): nexthop goes last
                r.put("nexthop", r.remove("gateway"));
                out.add(r);
            }
        }
        return out;
    }

    /** --fixed-ip subnet=,ip-address= (optional keys only). */
    static List<Map<String, String>> fixedIps(List<String> values) {
        List<Map<String, String>> out = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> out.add(MultiKeyValues.parse(v, List.of(), List.of("subnet", "ip-address"))));
        }
        return out;
    }

    /**
     * _get_attrs's external_gateway_info: the network, SNAT, and the fixed IPs with a non-empty
     * subnet looked up (an empty subnet or ip-address stays as typed, as OSC leaves it).
     */
    static ObjectNode gateway(NetworkApi api, String network, boolean enableSnat, boolean disableSnat,
                              List<Map<String, String>> fixedIps) {
        ObjectNode info = Json.object();
        info.put("network_id", api.find(Neutron.NETWORK, network).path("id").asText());
        if (disableSnat) {
            info.put("enable_snat", false);
        }
        if (enableSnat) {
            info.put("enable_snat", true);
        }
        if (!fixedIps.isEmpty()) {
            ArrayNode ips = info.putArray("external_fixed_ips");
            for (Map<String, String> spec : fixedIps) {
                Map<String, String> ip = new LinkedHashMap<>(spec);
                String subnet = ip.get("subnet");
                if (subnet != null && !subnet.isEmpty()) {
                    ip.remove("subnet");
                    ip.put("subnet_id", api.find(Neutron.SUBNET, subnet).path("id").asText());
                }
                String address = ip.get("ip-address");
                if (address != null && !address.isEmpty()) {
                    ip.remove("ip-address");
                    ip.put("ip_address", address);
                }
                ObjectNode o = ips.addObject();
                ip.forEach(o::put);
            }
        }
        return info;
    }

    static ArrayNode array(List<Map<String, String>> items) {
        ArrayNode a = Json.array();
        for (Map<String, String> item : items) {
            ObjectNode o = a.addObject();
            item.forEach(o::put);
        }
        return a;
    }
}
