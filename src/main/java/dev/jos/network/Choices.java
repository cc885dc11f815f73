package dev.jos.network;

import java.util.List;
import java.util.stream.Collectors;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** argparse's choices=[...] for the network options, with its wording (see cli.UsageErrors). */
public abstract class Choices implements ITypeConverter<String> {
    private final List<String> choices;

    protected Choices(String... choices) {
        this.choices = List.of(choices);
    }

    @Override
    public String convert(String value) {
        if (!choices.contains(value)) {
            throw new TypeConversionException("invalid choice: '" + value + "' (choose from "
                    + choices.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", ")) + ")");
        }
        return value;
    }

    /** network list --status. */
    public static final class NetworkStatus extends Choices {
        public NetworkStatus() {
            super("ACTIVE", "BUILD", "DOWN", "ERROR");
        }
    }

    /** network list --provider-network-type. */
    public static final class NetworkType extends Choices {
        public NetworkType() {
            super("flat", "geneve", "gre", "local", "vlan", "vxlan");
        }
    }

    /** subnet --ip-version (type=int, so "4" and "6" only). */
    public static final class IpVersion extends Choices {
        public IpVersion() {
            super("4", "6");
        }
    }

    /** subnet --ipv6-ra-mode and --ipv6-address-mode. */
    public static final class Ipv6Mode extends Choices {
        public Ipv6Mode() {
            super("dhcpv6-stateful", "dhcpv6-stateless", "slaac");
        }
    }
}
