package dev.jos.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.network.securitygroup.SecurityGroupUnset;
import dev.jos.network.subnet.SubnetSet;
import dev.jos.network.subnet.SubnetUnset;
import dev.jos.session.CommandException;

/** subnet set/unset and security group unset over a {@link FakeNeutron}; the lab comparison is PortRouterParityIT. */
class SubnetSetUnsetTest {
    @TempDir
    Path home;

    private NeutronCommandFixture f;
    private FakeNeutron neutron;

    @BeforeEach
    void fakes() {
        f = new NeutronCommandFixture(home);
        neutron = f.neutron;
        ObjectNode s = neutron.add(Neutron.SUBNET, "s-1", "sub");
        s.putArray("dns_nameservers").add("8.8.8.8");
        ObjectNode route = s.putArray("host_routes").addObject();
        route.put("destination", "10.9.0.0/16");
        route.put("nexthop", "10.0.0.254");
        ObjectNode pool = s.putArray("allocation_pools").addObject();
        pool.put("start", "10.0.0.2");
        pool.put("end", "10.0.0.100");
        s.putArray("service_types");
        s.putArray("tags").add("t");
        neutron.add(Neutron.SECURITY_GROUP, "g-1", "web").putArray("tags").add("a").add("b");
    }

    @Test
    void argparseErrors() {
        assertEquals("jos subnet set: error: argument --no-dhcp: not allowed with argument --dhcp",
                f.usageError("subnet", "set", "--dhcp", "--no-dhcp", "s"));
        assertEquals("jos subnet unset: error: argument --all-tag: not allowed with argument --tag",
                f.usageError("subnet", "unset", "--tag", "a", "--all-tag", "s"));
        assertEquals("jos security group unset: error: the following arguments are required: <group>",
                f.usageError("security", "group", "unset"));
    }

    @Test
    void setPutsTheGivenItemsBeforeTheSubnetsOwn() throws Exception {
        f.run(new SubnetSet(), "--dns-nameserver", "1.1.1.1", "--host-route", "destination=10.8.0.0/16,gateway=10.0.0.253",
                "--no-allocation-pool", "--allocation-pool", "start=10.0.0.5,end=10.0.0.6", "--gateway", "NONE",
                "--no-dhcp", "--name", "n", "--tag", "u", "sub");
        assertEquals(List.of("PUT subnets/s-1 {\"name\":\"n\",\"gateway_ip\":null,\"allocation_pools\":[{\"start\":"
                + "\"10.0.0.5\",\"end\":\"10.0.0.6\"}],\"enable_dhcp\":false,\"dns_nameservers\":[\"1.1.1.1\",\"8.8.8.8\"],"
                + "\"host_routes\":[{\"destination\":\"10.8.0.0/16\",\"nexthop\":\"10.0.0.253\"},{\"destination\":"
                + "\"10.9.0.0/16\",\"nexthop\":\"10.0.0.254\"}]}", "PUT subnets/s-1/tags [t, u]"), neutron.calls);
    }

    @Test
    void setRefusesAutoGateway() {
        assertEquals("Auto option is not available for Subnet Set. Valid options are <ip-address> or none",
                assertThrows(CommandException.class, () -> f.run(new SubnetSet(), "--gateway", "auto", "sub")).getMessage());
        assertEquals(List.of(), neutron.calls);
    }

    @Test
    void setClearsWithNoOptions() throws Exception {
        f.run(new SubnetSet(), "--no-dns-nameservers", "--no-host-route", "sub");
        assertEquals(List.of("PUT subnets/s-1 {\"dns_nameservers\":[],\"host_routes\":[]}"), neutron.calls);
    }

    @Test
    void unsetRemovesFromTheSubnetsLists() throws Exception {
        f.run(new SubnetUnset(), "--dns-nameserver", "8.8.8.8", "--host-route", "destination=10.9.0.0/16,gateway=10.0.0.254",
                "--allocation-pool", "start=10.0.0.2,end=10.0.0.100", "--gateway", "--tag", "t", "sub");
        assertEquals(List.of("PUT subnets/s-1 {\"gateway_ip\":null,\"dns_nameservers\":[],\"host_routes\":[],"
                + "\"allocation_pools\":[]}", "PUT subnets/s-1/tags []"), neutron.calls);
    }

    @Test
    void unsetOfWhatTheSubnetLacks() {
        assertEquals("Subnet does not contain dns-nameserver 1.1.1.1", assertThrows(CommandException.class,
                () -> f.run(new SubnetUnset(), "--dns-nameserver", "1.1.1.1", "sub")).getMessage());
        assertEquals("Subnet does not contain host-route {'destination': '10.9.0.0/16', 'nexthop': '10.0.0.1'}",
                assertThrows(CommandException.class, () -> f.run(new SubnetUnset(), "--host-route",
                        "destination=10.9.0.0/16,gateway=10.0.0.1", "sub")).getMessage());
        assertEquals("Subnet does not contain service-type network:dhcp", assertThrows(CommandException.class,
                () -> f.run(new SubnetUnset(), "--service-type", "network:dhcp", "sub")).getMessage());
        assertEquals(List.of(), neutron.calls);
    }

    @Test
    void securityGroupUnsetRemovesTags() throws Exception {
        f.run(new SecurityGroupUnset(), "--tag", "a", "--tag", "zz", "web");
        f.run(new SecurityGroupUnset(), "--tag", "zz", "web");
        assertEquals(List.of("PUT security-groups/g-1/tags [b]"), neutron.calls);
        assertEquals("No SecurityGroup found for nope", assertThrows(CommandException.class,
                () -> f.run(new SecurityGroupUnset(), "--all-tag", "nope")).getMessage());
    }
}
