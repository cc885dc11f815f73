package dev.jos.network.port;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.network.Choices;
import picocli.CommandLine.Option;

/** port.py's _add_updatable_args: the options port create and port set share. */
public class PortOptions {
    @Option(names = "--description", paramLabel = "<description>", description = "Description of this port")
    String description;
    @Option(names = "--device", paramLabel = "<device-id>", description = "Port device ID")
    String device;
    @Option(names = "--mac-address", paramLabel = "<mac-address>", description = "MAC address of this port (admin only)")
    String macAddress;
    @Option(names = "--device-owner", paramLabel = "<device-owner>",
            description = "Device owner of this port. This is the entity that uses the port (for example, network:dhcp).")
    String deviceOwner;
    @Option(names = "--vnic-type", paramLabel = "<vnic-type>", converter = VnicType.class,
            description = "VNIC type for this port (direct | direct-physical | macvtap | normal | baremetal | "
                    + "virtio-forwarder | vdpa | remote-managed, default: normal)")
    String vnicType;
    @Option(names = "--host", paramLabel = "<host-id>", description = "Allocate port on host <host-id> (ID only)")
    String host;
    // OSC's metavar really is without brackets
    @Option(names = "--dns-domain", paramLabel = "dns-domain",
            description = "Set DNS domain to this port (requires dns_domain extension for ports)")
    String dnsDomain;
    @Option(names = "--dns-name", paramLabel = "<dns-name>",
            description = "Set DNS name for this port (requires DNS integration extension)")
    String dnsName;
    @Option(names = "--numa-policy-required", description = "NUMA affinity policy required to schedule this port")
    boolean numaRequired;
    @Option(names = "--numa-policy-preferred", description = "NUMA affinity policy preferred to schedule this port")
    boolean numaPreferred;
    @Option(names = "--numa-policy-legacy", description = "NUMA affinity policy using legacy mode to schedule this port")
    boolean numaLegacy;

    static final List<String> NUMA = List.of("--numa-policy-required", "--numa-policy-preferred", "--numa-policy-legacy");

    /** --vnic-type's choices. */
    public static final class VnicType extends Choices {
        public VnicType() {
            super("direct", "direct-physical", "macvtap", "normal", "baremetal", "virtio-forwarder", "vdpa",
                    "remote-managed");
        }
    }

    /** The first part of _get_attrs, up to --name (its order). */
    void head(ObjectNode attrs, boolean enable, boolean disable) {
        if (description != null) {
            attrs.put("description", description);
        }
        if (device != null && !device.isEmpty()) {
            attrs.put("device_id", device);
        }
        if (deviceOwner != null) {
            attrs.put("device_owner", deviceOwner);
        }
        if (enable) {
            attrs.put("admin_state_up", true);
        }
        if (disable) {
            attrs.put("admin_state_up", false);
        }
        if (vnicType != null) {
            attrs.put("binding:vnic_type", vnicType);
        }
        if (host != null && !host.isEmpty()) {
            attrs.put("binding:host_id", host);
        }
        if (macAddress != null) {
            attrs.put("mac_address", macAddress);
        }
        if (dnsDomain != null) {
            attrs.put("dns_domain", dnsDomain);
        }
        if (dnsName != null) {
            attrs.put("dns_name", dnsName);
        }
    }

    /** _get_attrs's NUMA affinity policy (one of the three at most: argparse's group). */
    void numa(ObjectNode attrs) {
        if (numaRequired) {
            attrs.put("numa_affinity_policy", "required");
        } else if (numaPreferred) {
            attrs.put("numa_affinity_policy", "preferred");
        } else if (numaLegacy) {
            attrs.put("numa_affinity_policy", "legacy");
        }
    }
}
