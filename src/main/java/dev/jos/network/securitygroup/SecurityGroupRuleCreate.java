package dev.jos.network.securitygroup;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.ShowCommand;
import dev.jos.compute.flavor.ArgTypes;
import dev.jos.identity.IdentityKind;
import dev.jos.json.Json;
import dev.jos.network.ExtraProperties;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.network.ShowErrors;
import dev.jos.output.Record;
import dev.jos.session.CommandException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** OSC's CreateSecurityGroupRule over neutron: its defaults (ingress, any protocol, the family's whole range) and checks. */
public class SecurityGroupRuleCreate extends ShowCommand {
    @Mixin
    ExtraProperties extra = new ExtraProperties();
    @Parameters(paramLabel = "<group>", description = "Create rule in this security group (name or ID)")
    String group;
    @Option(names = "--remote-ip", paramLabel = "<ip-address>",
            description = "Remote IP address block (may use CIDR notation; default for IPv4 rule: 0.0.0.0/0, default for "
                    + "IPv6 rule: ::/0)")
    String remoteIp;
    @Option(names = "--remote-group", paramLabel = "<group>", description = "Remote security group (name or ID)")
    String remoteGroup;
    @Option(names = "--remote-address-group", paramLabel = "<group>", description = "Remote address group (name or ID)")
    String remoteAddressGroup;
    @Option(names = "--dst-port", paramLabel = "<port-range>", converter = PortRange.class,
            description = "Destination port, may be a single port or a starting and ending port range: 137:139. Required for "
                    + "IP protocols TCP and UDP. Ignored for ICMP IP protocols.")
    PortRange.Range dstPort;
    @Option(names = "--protocol", paramLabel = "<protocol>",
            description = "IP protocol (ah, dccp, egp, esp, gre, icmp, igmp, ipv6-encap, ipv6-frag, ipv6-icmp, ipv6-nonxt, "
                    + "ipv6-opts, ipv6-route, ospf, pgm, rsvp, sctp, tcp, udp, udplite, vrrp and integer representations "
                    + "[0-255] or any; default: any (all protocols))")
    String protocol;
    @Option(names = "--proto", paramLabel = "<proto>", hidden = true, description = "IP protocol")
    String proto;
    @Option(names = "--description", paramLabel = "<description>", description = "Set security group rule description")
    String description;
    @Option(names = "--icmp-type", paramLabel = "<icmp-type>", converter = ArgTypes.Int.class,
            description = "ICMP type for ICMP IP protocols")
    Long icmpType;
    @Option(names = "--icmp-code", paramLabel = "<icmp-code>", converter = ArgTypes.Int.class,
            description = "ICMP code for ICMP IP protocols")
    Long icmpCode;
    @Option(names = "--ingress", description = "Rule applies to incoming network traffic (default)")
    boolean ingress;
    @Option(names = "--egress", description = "Rule applies to outgoing network traffic")
    boolean egress;
    @Option(names = "--ethertype", paramLabel = "<ethertype>", converter = Ethertype.class,
            description = "Ethertype of network traffic (IPv4, IPv6; default: based on IP protocol)")
    String ethertype;
    @Option(names = "--project", paramLabel = "<project>", description = "Owner's project (name or ID)")
    String project;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;

    /** osc_lib's RangeAction: "N" is (N, N), "A:B" needs A <= B. */
    public static final class PortRange implements ITypeConverter<PortRange.Range> {
        /** The (min, max) tuple. */
        public record Range(long min, long max) {
        }

        @Override
        public Range convert(String value) {
            String[] parts = value.split(":", -1);
            ArgTypes.Int i = new ArgTypes.Int();
            if (parts.length == 1) {
                long v = i.convert(parts[0]);
                return new Range(v, v);
            }
            if (parts.length == 2) {
                long lo = i.convert(parts[0]);
                long hi = i.convert(parts[1]);
                if (lo > hi) {
                    throw new TypeConversionException("Invalid range, " + parts[0] + " is not less than " + parts[1]);
                }
                return new Range(lo, hi);
            }
            throw new TypeConversionException("Invalid range, too many values");
        }
    }

    /** _convert_ipvx_case, then choices IPv4/IPv6. */
    public static final class Ethertype implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.equalsIgnoreCase("ipv4") ? "IPv4" : value.equalsIgnoreCase("ipv6") ? "IPv6" : value;
            if (!v.equals("IPv4") && !v.equals("IPv6")) {
                throw new TypeConversionException("invalid choice: '" + v + "' (choose from 'IPv4', 'IPv6')");
            }
            return v;
        }
    }

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--remote-ip", "--remote-group", "--remote-address-group"), List.of("--protocol", "--proto"),
                List.of("--ingress", "--egress"));
    }

    private static boolean isIpv6Protocol(String p) {
        return p != null && (p.startsWith("ipv6-") || List.of("icmpv6", "41", "43", "44", "58", "59", "60").contains(p));
    }

    @Override
    protected Record show(Invocation inv) {
        ExtraProperties.Parsed extras = extra.parse();
        return ShowErrors.wrap(() -> {
            NetworkApi api = inv.network();
            String groupId = api.find(Neutron.SECURITY_GROUP, group).path("id").asText();
            String p = proto != null ? proto : protocol != null ? protocol : "any";
            p = p.toLowerCase(Locale.ROOT);
            String proto = p.equals("any") ? null : p;
            ObjectNode attrs = Json.object();
            if (proto == null) {
                attrs.putNull("protocol");
            } else {
                attrs.put("protocol", proto);
            }
            if (description != null) {
                attrs.put("description", description);
            }
            attrs.put("direction", egress ? "egress" : "ingress");
            String family = ethertype != null ? ethertype : isIpv6Protocol(proto) ? "IPv6" : "IPv4";
            attrs.put("ethertype", family);
            boolean icmpGiven = truthy(icmpType) || truthy(icmpCode);
            if (dstPort != null && icmpGiven) {
                throw new CommandException("Argument --dst-port not allowed with arguments --icmp-type and --icmp-code");
            }
            if (icmpType == null && icmpCode != null) {
                throw new CommandException("Argument --icmp-type required with argument --icmp-code");
            }
            boolean icmp = SecurityGroupRuleColumns.isIcmp(proto);
            if (!icmp && icmpGiven) {
                throw new CommandException("ICMP IP protocol required with arguments --icmp-type and --icmp-code");
            }
            if (dstPort != null && !icmp) {
                attrs.put("port_range_min", dstPort.min());
                attrs.put("port_range_max", dstPort.max());
            }
            if (icmpType != null && icmpType >= 0) {
                attrs.put("port_range_min", icmpType);
            }
            if (icmpCode != null && icmpCode >= 0) {
                attrs.put("port_range_max", icmpCode);
            }
            if (remoteGroup != null) {
                attrs.put("remote_group_id", api.find(Neutron.SECURITY_GROUP, remoteGroup).path("id").asText());
            } else if (remoteAddressGroup != null) {
                attrs.put("remote_address_group_id", api.find(Neutron.ADDRESS_GROUP, remoteAddressGroup).path("id").asText());
            } else if (remoteIp != null) {
                attrs.put("remote_ip_prefix", remoteIp);
            } else {
                attrs.put("remote_ip_prefix", family.equals("IPv4") ? "0.0.0.0/0" : "::/0");
            }
            attrs.put("security_group_id", groupId);
            if (project != null) {
                attrs.put("project_id", inv.identityFinder().findOrAssume(IdentityKind.PROJECT, project, projectDomain)
                        .path("id").asText());
            }
            extras.apply(attrs);
            return SecurityGroupRuleColumns.record(api.create(Neutron.SECURITY_GROUP_RULE, attrs));
        });
    }

    /** Python truthiness of an optional int: None and 0 are false. */
    private static boolean truthy(Long v) {
        return v != null && v != 0;
    }
}
