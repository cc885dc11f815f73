package dev.jos.network.router;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ShowCommand;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.output.Record;
import picocli.CommandLine.Parameters;

/**
 * OSC's ShowRouter: the router, then its ports (device_id) for interfaces_info, one entry per
 * fixed IP of each port that is not the gateway's.
 */
public class RouterShow extends ShowCommand {
    @Parameters(paramLabel = "<router>", description = "Router to display (name or ID)")
    String router;

    @Override
    protected Record show(Invocation inv) {
        NetworkApi api = inv.network();
        ObjectNode obj = api.find(Neutron.ROUTER, router);
        List<Map<String, Object>> interfaces = new ArrayList<>();
        api.list(Neutron.PORT, Map.of("device_id", obj.path("id").asText()), port -> {
            if (!"network:router_gateway".equals(port.path("device_owner").asText(null))) {
                for (JsonNode ip : port.path("fixed_ips")) {
                    Map<String, Object> info = new LinkedHashMap<>();
                    info.put("port_id", JsonRows.value(port.get("id")));
                    info.put("ip_address", JsonRows.value(ip.get("ip_address")));
                    info.put("subnet_id", JsonRows.value(ip.get("subnet_id")));
                    interfaces.add(info);
                }
            }
        });
        return RouterColumns.record(obj, interfaces);
    }
}
