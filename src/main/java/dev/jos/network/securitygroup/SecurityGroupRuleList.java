package dev.jos.network.securitygroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.jos.cli.Invocation;
import dev.jos.cli.ListCommand;
import dev.jos.network.Neutron;
import dev.jos.output.Table;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's ListSecurityGroupRule over neutron: one group's rules or everyone's, by direction and protocol. */
public class SecurityGroupRuleList extends ListCommand {
    @Parameters(paramLabel = "<group>", arity = "0..1", description = "List all rules in this security group (name or ID)")
    String group;
    @Option(names = "--all-projects", hidden = true, description = "Display information from all projects (admin only)")
    boolean allProjects; // accepted and unused over neutron, as in OSC
    @Option(names = "--protocol", paramLabel = "<protocol>",
            description = "List rules by the IP protocol (ah, dhcp, egp, esp, gre, icmp, igmp, ipv6-encap, ipv6-frag, ipv6-icmp, "
                    + "ipv6-nonxt, ipv6-opts, ipv6-route, ospf, pgm, rsvp, sctp, tcp, udp, udplite, vrrp and integer "
                    + "representations [0-255] or any; default: any (all protocols))")
    String protocol;
    @Option(names = "--ethertype", paramLabel = "<ethertype>", description = "List rules by the Ethertype (IPv4 or IPv6)")
    String ethertype; // parsed and, as in OSC 6.0, not sent
    @Option(names = "--ingress", description = "List rules applied to incoming network traffic")
    boolean ingress;
    @Option(names = "--egress", description = "List rules applied to outgoing network traffic")
    boolean egress;
    @Option(names = "--long", description = "**Deprecated** This argument is no longer needed")
    boolean longListing;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--ingress", "--egress"));
    }

    @Override
    protected Table list(Invocation inv) {
        if (longListing) {
            inv.warn("The --long option has been deprecated and is no longer needed");
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (group != null) {
            query.put("security_group_id", inv.network().find(Neutron.SECURITY_GROUP, group).path("id").asText());
        }
        if (ingress) {
            query.put("direction", "ingress");
        }
        if (egress) {
            query.put("direction", "egress");
        }
        if (protocol != null) {
            query.put("protocol", protocol.toLowerCase(Locale.ROOT));
        }
        boolean withGroup = group == null;
        List<List<Object>> rows = new ArrayList<>();
        inv.network().list(Neutron.SECURITY_GROUP_RULE, query, r -> rows.add(SecurityGroupRuleColumns.row(r, withGroup)));
        return new Table(SecurityGroupRuleColumns.headers(withGroup), rows);
    }
}
