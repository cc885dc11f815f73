package dev.jos.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.JosCommand;
import dev.jos.json.Json;
import dev.jos.network.floatingip.FloatingIpCreate;
import dev.jos.network.floatingip.FloatingIpSet;
import dev.jos.network.floatingip.FloatingIpUnset;
import dev.jos.network.network.NetworkCreate;
import dev.jos.network.network.NetworkSet;
import dev.jos.network.network.NetworkUnset;
import dev.jos.network.port.PortCreate;
import dev.jos.network.port.PortSet;
import dev.jos.network.port.PortUnset;
import dev.jos.network.router.RouterCreate;
import dev.jos.network.router.RouterSet;
import dev.jos.network.router.RouterUnset;
import dev.jos.network.securitygroup.SecurityGroupCreate;
import dev.jos.network.securitygroup.SecurityGroupRuleCreate;
import dev.jos.network.securitygroup.SecurityGroupSet;
import dev.jos.network.subnet.SubnetCreate;
import dev.jos.network.subnet.SubnetSet;
import dev.jos.network.subnet.SubnetUnset;
import dev.jos.session.CommandException;

/**
 * {@code --extra-property} (OSC's NeutronCommandWithExtraArgs): its conversions and messages, and
 * every network command that takes it sending it in its create or update; the lab comparison is
 * NetworkParityIT.
 */
class ExtraPropertiesTest {
    @TempDir
    Path home;

    private NeutronCommandFixture f;
    private FakeNeutron neutron;

    @BeforeEach
    void fakes() {
        f = new NeutronCommandFixture(home);
        neutron = f.neutron;
        neutron.add(Neutron.NETWORK, "n-1", "net");
        neutron.add(Neutron.SUBNET, "s-1", "sub");
        neutron.add(Neutron.PORT, "p-1", "port");
        neutron.add(Neutron.ROUTER, "r-1", "router");
        neutron.add(Neutron.SECURITY_GROUP, "g-1", "sg");
        ObjectNode fip = neutron.add(Neutron.FLOATING_IP, "f-1", "");
        fip.put("floating_ip_address", "203.0.113.5");
    }

    private static String converted(String... values) {
        ExtraProperties e = new ExtraProperties();
        e.values = List.of(values);
        ObjectNode attrs = Json.object();
        e.parse().apply(attrs);
        return Json.writeString(attrs);
    }

    private static String failure(String... values) {
        return assertThrows(CommandException.class, () -> converted(values)).getMessage();
    }

    @Test
    void convertsEachTypeAsNetworkUtilsDoes() {
        assertEquals("{\"a\":\"x=y\"}", converted("name=a,value=x=y"));
        assertEquals("{\"a\":\"1\",\"b\":true,\"c\":false,\"d\":-1200}",
                converted("name=a,value=1", "type=bool,name=b,value=TRUE", "type=bool,name=c,value=yes",
                        "type=int,name=d,value= -1_200 "));
        assertEquals("{\"l\":[\"x\",\"\",\"y\"],\"e\":[],\"m\":{}}",
                converted("type=list,name=l,value=x;;y", "type=list,name=e,value=", "type=dict,name=m,value="));
        // a part without ':' belongs to the pair before it
        assertEquals("{\"d\":{\"k\":\"v;w\",\"k2\":\"a:b\"}}", converted("type=dict,name=d,value=k:v;w;k2:a:b"));
        // a later property of the same name wins
        assertEquals("{\"a\":\"2\"}", converted("name=a,value=1", "name=a,value=2"));
    }

    @Test
    void failsWithOscsMessages() {
        assertEquals("Type float of property a is not supported", failure("type=float,name=a,value=1"));
        assertEquals("invalid literal for int() with base 10: 'abc'", failure("type=int,name=a,value=abc"));
        assertEquals("invalid literal for int() with base 10: '1__0'", failure("type=int,name=a,value=1__0"));
        assertEquals("missing value for key 'xyz'", failure("type=dict,name=a,value=xyz;k:v"));
        assertEquals("Invalid keys foo specified.\nValid keys are: name, value, type", failure("foo=bar"));
        assertEquals("Missing required keys value.\nRequired keys are: name, value", failure("name=a"));
        assertEquals("Expected comma separated 'key=value' pairs, but got: nameonly", failure("nameonly"));
    }

    @Test
    void unsetSendsNullsWhateverTheValue() {
        ExtraProperties e = new ExtraProperties();
        e.values = List.of("type=int,name=mtu,value=x", "name=description,value=y");
        ObjectNode attrs = Json.object();
        e.parse().applyUnset(attrs);
        assertEquals("{\"mtu\":null,\"description\":null}", Json.writeString(attrs));
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of((Supplier<JosCommand>) NetworkCreate::new, List.of("n2"), "POST networks {\"name\":\"n2\","),
                Arguments.of((Supplier<JosCommand>) NetworkSet::new, List.of("net"), "PUT networks/n-1 {"),
                Arguments.of((Supplier<JosCommand>) NetworkUnset::new, List.of("net"), "PUT networks/n-1 {"),
                Arguments.of((Supplier<JosCommand>) SubnetCreate::new,
                        List.of("--network", "net", "--subnet-range", "10.0.0.0/24", "s2"), "POST subnets {"),
                Arguments.of((Supplier<JosCommand>) SubnetSet::new, List.of("sub"), "PUT subnets/s-1 {"),
                Arguments.of((Supplier<JosCommand>) SubnetUnset::new, List.of("sub"), "PUT subnets/s-1 {"),
                Arguments.of((Supplier<JosCommand>) PortCreate::new, List.of("--network", "net", "p2"), "POST ports {"),
                Arguments.of((Supplier<JosCommand>) PortSet::new, List.of("port"), "PUT ports/p-1 {"),
                Arguments.of((Supplier<JosCommand>) PortUnset::new, List.of("port"), "PUT ports/p-1 {"),
                Arguments.of((Supplier<JosCommand>) RouterCreate::new, List.of("r2"), "POST routers {\"name\":\"r2\","),
                Arguments.of((Supplier<JosCommand>) RouterSet::new, List.of("router"), "PUT routers/r-1 {"),
                Arguments.of((Supplier<JosCommand>) RouterUnset::new, List.of("router"), "PUT routers/r-1 {"),
                Arguments.of((Supplier<JosCommand>) FloatingIpCreate::new, List.of("net"), "POST floatingips {"),
                Arguments.of((Supplier<JosCommand>) FloatingIpSet::new, List.of("203.0.113.5"), "PUT floatingips/f-1 {"),
                Arguments.of((Supplier<JosCommand>) FloatingIpUnset::new, List.of("203.0.113.5"), "PUT floatingips/f-1 {"),
                Arguments.of((Supplier<JosCommand>) SecurityGroupCreate::new, List.of("g2"), "POST security-groups {"),
                Arguments.of((Supplier<JosCommand>) SecurityGroupSet::new, List.of("sg"), "PUT security-groups/g-1 {"),
                Arguments.of((Supplier<JosCommand>) SecurityGroupRuleCreate::new, List.of("sg"), "POST security-group-rules {"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void eachCommandSendsThem(Supplier<JosCommand> make, List<String> args, String request) throws Exception {
        List<String> argv = new java.util.ArrayList<>(List.of("--extra-property", "type=int,name=x_count,value=3",
                "--extra-property", "type=list,name=x_list,value=a;b"));
        argv.addAll(args);
        JosCommand command = make.get();
        f.run(command, argv.toArray(String[]::new));
        String sent = neutron.calls.stream().filter(c -> c.startsWith(request)).findFirst()
                .orElseThrow(() -> new AssertionError(request + " not in " + neutron.calls));
        boolean unset = command instanceof NetworkUnset || command instanceof SubnetUnset || command instanceof PortUnset
                || command instanceof RouterUnset;
        assertTrue(sent.endsWith(unset ? "\"x_count\":null,\"x_list\":null}" : "\"x_count\":3,\"x_list\":[\"a\",\"b\"]}"),
                sent);
    }

    @Test
    void aBadValueFailsBeforeAnyRequestAndABadTypeAfterTheLookUps() {
        assertEquals("Missing required keys value.\nRequired keys are: name, value", assertThrows(CommandException.class,
                () -> f.run(new NetworkSet(), "--extra-property", "name=a", "net")).getMessage());
        assertEquals(List.of(), neutron.calls);
        assertEquals("Type x of property a is not supported", assertThrows(CommandException.class,
                () -> f.run(new NetworkSet(), "--extra-property", "type=x,name=a,value=1", "--name", "n", "net")).getMessage());
        assertTrue(neutron.calls.stream().noneMatch(c -> c.startsWith("PUT")), neutron.calls.toString());
    }

    @Test
    void helpListsItFirstAsArgparseDoes() {
        NeutronCommandFixture.Cli help = f.jos("network", "set", "--help");
        assertEquals(0, help.rc());
        String out = help.out();
        int h = out.indexOf("\n  -h, --help");
        int extra = out.indexOf("\n  --extra-property type=<property_type>,name=<property_name>,value=<property_value>\n");
        int name = out.indexOf("\n  --name <name>");
        assertTrue(h > 0 && h < extra && extra < name, out);
        assertTrue(out.contains("[--extra-property type=<property_type>,name=<property_name>,value=<property_value>]"), out);
    }
}
