package dev.jos.compute.server;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ShowCommand;
import dev.jos.compute.ComputeApi;
import dev.jos.json.Json;
import dev.jos.output.ListDictColumn;
import dev.jos.output.Record;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC's AddFixedIP (openstacksdk): from 2.44 an interface on the network, shown as OSC shows
 * it; before, nova's addFixedIp action and an empty result.
 */
public class ServerAddFixedIp extends ShowCommand {
    @Parameters(index = "0", paramLabel = "<server>", description = "Server to receive the fixed IP address (name or ID)")
    String server;
    @Parameters(index = "1", paramLabel = "<network>", description = "Network to allocate the fixed IP address from (name or ID)")
    String network;
    @Option(names = "--fixed-ip-address", paramLabel = "<ip-address>", description = "Requested fixed IP address")
    String fixedIpAddress;
    @Option(names = "--tag", paramLabel = "<tag>", description = "Tag for the attached interface. (supported by --os-compute-api-version 2.49 or above)")
    String tag;

    @Override
    protected Record show(Invocation inv) {
        ComputeApi compute = inv.compute();
        String id = compute.sdkFindServer(server).path("id").asText();
        boolean tagged = tag != null && !tag.isEmpty();
        if (tagged && !compute.sdkSupports("2.49")) {
            throw new CommandException("--os-compute-api-version 2.49 or greater is required to support the --tag option");
        }
        String netId = inv.network().findNetwork(network).path("id").asText();
        if (!compute.sdkSupports("2.44")) {
            ObjectNode action = Json.object();
            action.putObject("addFixedIp").put("networkId", netId);
            compute.sdkServerAction(id, action);
            return Record.of(List.of(), List.of());
        }
        ObjectNode attachment = Json.object();
        attachment.put("net_id", netId);
        if (fixedIpAddress != null && !fixedIpAddress.isEmpty()) {
            attachment.putArray("fixed_ips").addObject().put("ip_address", fixedIpAddress);
        }
        if (tagged) {
            attachment.put("tag", tag);
        }
        return interfaceRecord(compute, compute.createServerInterface(id, attachment), id);
    }

    /** OSC's columns of a server interface (Tag from 2.49); server_id is the URI's, as the SDK sets it. */
    static Record interfaceRecord(ComputeApi compute, ObjectNode iface, String serverId) {
        List<String> fields = new ArrayList<>(List.of("Port ID", "Server ID", "Network ID", "MAC Address", "Port State", "Fixed IPs"));
        List<Object> values = new ArrayList<>();
        values.add(JsonRows.value(iface.get("port_id")));
        values.add(serverId);
        values.add(JsonRows.value(iface.get("net_id")));
        values.add(JsonRows.value(iface.get("mac_addr")));
        values.add(JsonRows.value(iface.get("port_state")));
        values.add(new ListDictColumn(ServerDetail.dicts(JsonRows.value(iface.get("fixed_ips")))));
        if (compute.sdkSupports("2.49")) {
            fields.add("Tag");
            values.add(JsonRows.value(iface.get("tag")));
        }
        return Record.of(fields, values);
    }
}
