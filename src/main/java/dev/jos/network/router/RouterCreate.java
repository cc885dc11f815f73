package dev.jos.network.router;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.ShowCommand;
import dev.jos.identity.IdentityKind;
import dev.jos.json.Json;
import dev.jos.network.ExtraProperties;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.network.Tags;
import dev.jos.output.Record;
import dev.jos.session.CommandException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC's CreateRouter: _get_attrs (the project, then the gateway network and subnets), the POST,
 * the tags, and only then its check that SNAT and fixed IPs came with --external-gateway (so
 * the router is made all the same, as in OSC).
 */
public class RouterCreate extends ShowCommand {
    @Mixin
    ExtraProperties extra = new ExtraProperties();
    @Parameters(paramLabel = "<name>", description = "New router name")
    String name;
    @Option(names = "--enable", description = "Enable router (default)")
    boolean enable;
    @Option(names = "--disable", description = "Disable router")
    boolean disable;
    @Option(names = "--distributed", description = "Create a distributed router")
    boolean distributed;
    @Option(names = "--centralized", description = "Create a centralized router")
    boolean centralized;
    @Option(names = "--ha", description = "Create a highly available router")
    boolean ha;
    @Option(names = "--no-ha", description = "Create a legacy router")
    boolean noHa;
    @Option(names = "--description", paramLabel = "<description>", description = "Set router description")
    String description;
    @Option(names = "--project", paramLabel = "<project>", description = "Owner's project (name or ID)")
    String project;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;
    @Option(names = "--availability-zone-hint", paramLabel = "<availability-zone>",
            description = "Availability Zone in which to create this router (Router Availability Zone extension "
                    + "required, repeat option to set multiple availability zones)")
    List<String> availabilityZoneHints;
    @Option(names = "--tag", paramLabel = "<tag>",
            description = "Tag to be added to the router (repeat option to set multiple tags)")
    List<String> tags;
    @Option(names = "--no-tag", description = "No tags associated with the router")
    boolean noTag;
    @Option(names = "--external-gateway", paramLabel = "<network>",
            description = "External Network used as router's gateway (name or ID)")
    String externalGateway;
    @Option(names = "--fixed-ip", paramLabel = "subnet=<subnet>,ip-address=<ip-address>",
            description = "Desired IP and/or subnet (name or ID) on external gateway: subnet=<subnet>,"
                    + "ip-address=<ip-address> (repeat option to set multiple fixed IP addresses)")
    List<String> fixedIps;
    @Option(names = "--enable-snat", description = "Enable Source NAT on external gateway")
    boolean enableSnat;
    @Option(names = "--disable-snat", description = "Disable Source NAT on external gateway")
    boolean disableSnat;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--enable", "--disable"), List.of("--distributed", "--centralized"),
                List.of("--ha", "--no-ha"), List.of("--tag", "--no-tag"), List.of("--enable-snat", "--disable-snat"));
    }

    @Override
    protected Record show(Invocation inv) {
        ExtraProperties.Parsed extras = extra.parse();
        List<Map<String, String>> ips = RouterArgs.fixedIps(fixedIps);
        NetworkApi api = inv.network();
        ObjectNode attrs = Json.object();
        attrs.put("name", name);
        // --enable is argparse's default=True: admin_state_up is always sent
        attrs.put("admin_state_up", !disable);
        if (centralized) {
            attrs.put("distributed", false);
        }
        if (distributed) {
            attrs.put("distributed", true);
        }
        if (availabilityZoneHints != null) {
            availabilityZoneHints.forEach(attrs.putArray("availability_zone_hints")::add);
        }
        if (description != null) {
            attrs.put("description", description);
        }
        if (project != null) {
            attrs.put("project_id", inv.identityFinder().findOrAssume(IdentityKind.PROJECT, project, projectDomain)
                    .path("id").asText());
        }
        if (externalGateway != null && !externalGateway.isEmpty()) {
            attrs.set("external_gateway_info", RouterArgs.gateway(api, externalGateway, enableSnat, disableSnat, ips));
        }
        if (ha) {
            attrs.put("ha", true);
        }
        if (noHa) {
            attrs.put("ha", false);
        }
        extras.apply(attrs);
        ObjectNode reply = api.create(Neutron.ROUTER, attrs);
        // the SDK's resource keeps what it sent where the reply is silent
        ObjectNode created = attrs.deepCopy();
        created.setAll(reply);
        Tags.set(api, Neutron.ROUTER, created, tags, noTag);
        if ((disableSnat || enableSnat || !ips.isEmpty()) && (externalGateway == null || externalGateway.isEmpty())) {
            throw new CommandException("You must specify '--external-gateway' in order to specify SNAT or fixed-ip values");
        }
        return RouterColumns.record(created);
    }
}
