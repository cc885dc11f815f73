package dev.jos.parity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.jos.parity.ParityHarness.Compare;
import dev.jos.parity.ParityHarness.Pair;

/**
 * What the lab is made of, against OSC: network agents (the lab's fake Open vSwitch agent),
 * availability zones (the lab has no cinder), limits, compute services and hypervisors; as the
 * admin, and as the demo user where the admin alone may look. Read-only: nothing to clean up.
 */
class ComputeInfoParityIT extends LabParity {
    private static final String AGENT = "5f0c4a6e-0000-4000-8000-0000000000aa";

    private Map<String, String> demo;

    @BeforeAll
    void lab() {
        demo = Lab.demoRc();
    }

    private Pair same(int oscExit, Map<String, String> rc, String... args) {
        Pair p = h.both(rc, args);
        Sides.oscExit(p, oscExit);
        h.assertParity(p, Compare.mapped().indexingUnknownIds());
        return p;
    }

    private Pair same(int oscExit, String... args) {
        return same(oscExit, admin, args);
    }

    @Test
    void networkAgents() {
        same(0, "network", "agent", "list");
        same(0, "network", "agent", "list", "--agent-type", "open-vswitch", "--host", "openstack-lab", "--long", "-f", "json");
        same(0, "network", "agent", "list", "--agent-type", "dhcp");
        same(0, "network", "agent", "list", "--network", "internal");
        same(0, "network", "agent", "show", AGENT);
        same(0, "network", "agent", "show", AGENT, "-f", "json");
        same(1, "network", "agent", "show", "nope-jos-agent");
        same(1, "network", "agent", "list", "--network", "nope-jos-network");
        same(2, "network", "agent", "list", "--agent-type", "ovs");
        // neutron shows the agents to the admin alone: the demo user's list is empty, its show a 404
        same(0, demo, "network", "agent", "list");
        same(1, demo, "network", "agent", "show", AGENT);
    }

    @Test
    void availabilityZones() {
        same(0, "availability", "zone", "list");
        same(0, "availability", "zone", "list", "--long");
        same(0, "availability", "zone", "list", "--compute", "--network", "--long", "-f", "csv");
        same(0, "availability", "zone", "list", "--volume");
        same(0, "availability", "zone", "list", "--network", "--volume", "--long");
        // the detail is the admin's: nova refuses it and OSC asks for the summary
        same(0, demo, "availability", "zone", "list", "--long");
    }

    @Test
    void limits() {
        same(0, "limits", "show", "--absolute");
        same(0, "limits", "show", "--rate");
        same(0, "limits", "show", "--absolute", "--reserved", "--project", "demo", "-f", "json");
        same(0, "limits", "show", "--absolute", "--project", "demo", "--domain", "default", "-f", "value");
        same(0, demo, "limits", "show", "--absolute");
        same(1, "limits", "show", "--absolute", "--project", "nope-jos-project");
        same(2, "limits", "show");
        same(2, "limits", "show", "--absolute", "--rate");
    }

    @Test
    void computeServices() {
        same(0, "compute", "service", "list");
        same(0, "compute", "service", "list", "--long");
        same(0, "compute", "service", "list", "--service", "nova-compute", "--host", "openstack-lab", "-f", "json");
        same(0, "compute", "service", "list", "--host", "nope-jos-host");
        same(1, demo, "compute", "service", "list");
    }

    @Test
    void hypervisors() {
        same(0, "hypervisor", "list");
        // what the lab's servers use changes while other tests run: the columns that stay
        same(0, "hypervisor", "list", "--long", "-c", "ID", "-c", "vCPUs", "-c", "Memory MB", "-c", "State");
        same(0, "hypervisor", "list", "--matching", "openstack", "-f", "json");
        same(1, "hypervisor", "list", "--matching", "nope-jos-host");
        same(1, "hypervisor", "list", "--limit", "1");
        same(1, "hypervisor", "list", "--matching", "x", "--marker", "y");
        same(2, "hypervisor", "list", "--limit", "x");
        List<String> steady = List.of("-c", "aggregates", "-c", "cpu_info", "-c", "host_ip", "-c", "hypervisor_hostname",
                "-c", "hypervisor_type", "-c", "id", "-c", "service_host", "-c", "state", "-c", "status", "-c", "vcpus");
        same(0, cat(List.of("hypervisor", "show", "openstack-lab"), steady));
        same(0, cat(List.of("hypervisor", "show", "1", "-f", "json"), steady));
        same(1, "hypervisor", "show", "nope-jos-host");
        same(1, demo, "hypervisor", "list");
        same(1, demo, "hypervisor", "show", "1");
    }

    @Test
    void quotas() {
        same(0, "quota", "show");
        same(0, "quota", "show", "demo", "-f", "yaml");
        same(0, "quota", "show", "--default", "demo", "-f", "json");
        same(0, "quota", "show", "--default", "-f", "value");
        same(0, "quota", "show", "--class", "default");
        same(1, "quota", "show", "nope-jos-project");
        same(2, "quota", "show", "--class", "--default", "x");
        same(0, demo, "quota", "show", "-f", "shell");
        // keystone will not list projects to the demo user
        same(1, demo, "quota", "show", "admin");
    }

    private static String[] cat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out.toArray(String[]::new);
    }
}
