package dev.jos.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.Context;
import dev.jos.Jos;
import dev.jos.cli.CommandResult;
import dev.jos.cli.FormatOptions;
import dev.jos.cli.Invocation;
import dev.jos.cli.JosCommand;
import dev.jos.cli.ListCommand;
import dev.jos.cli.ShowCommand;
import dev.jos.network.securitygroup.SecurityGroupCreate;
import dev.jos.network.securitygroup.SecurityGroupDelete;
import dev.jos.network.securitygroup.SecurityGroupList;
import dev.jos.network.securitygroup.SecurityGroupRuleCreate;
import dev.jos.network.securitygroup.SecurityGroupRuleList;
import dev.jos.network.securitygroup.SecurityGroupSet;
import dev.jos.network.securitygroup.SecurityGroupShow;
import dev.jos.session.CommandException;
import dev.jos.session.FakeApis;
import picocli.CommandLine;

/** The security group commands parsed, and over a {@link FakeNeutron}; the lab comparison is SecurityGroupParityIT. */
class SecurityGroupCommandsTest {
    private static final Map<String, String> CLOUD = Map.of("OS_AUTH_URL", "http://127.0.0.1:9/v3",
            "OS_USERNAME", "u", "OS_PASSWORD", "p", "OS_PROJECT_NAME", "p");

    private final FakeNeutron neutron = new FakeNeutron();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path home;

    SecurityGroupCommandsTest() {
        ObjectNode web = neutron.add(Neutron.SECURITY_GROUP, "g-1", "web");
        web.put("description", "web servers");
        web.put("project_id", "p-1");
        web.put("stateful", true);
        web.put("revision_number", 3);
        ObjectNode rule = web.putArray("security_group_rules").addObject();
        rule.put("id", "r-1");
        rule.put("security_group_id", "g-1");
        rule.put("project_id", "p-1");
        rule.put("tenant_id", "p-1");
        rule.put("direction", "ingress");
        rule.put("protocol", "tcp");
        rule.put("port_range_min", 22);
        rule.put("port_range_max", 22);
        rule.putNull("remote_group_id");
        rule.put("revision_number", 0);
        rule.putArray("tags");
        neutron.add(Neutron.SECURITY_GROUP, "g-2", "twin");
        neutron.add(Neutron.SECURITY_GROUP, "g-3", "twin");
    }

    private static <T extends JosCommand> T parse(T command, String... args) {
        new CommandLine(command).parseArgs(args);
        return command;
    }

    private String run(JosCommand command) throws Exception {
        CommandResult result = command.run(new Invocation(new FakeApis(null, null, null, neutron),
                new PrintWriter(err, true), () -> false));
        StringWriter out = new StringWriter();
        Context ctx = new Context(Map.of(), new PrintWriter(out), new PrintWriter(err), InputStream.nullInputStream(),
                home, home, () -> false);
        FormatOptions f = command instanceof ShowCommand s ? s.formatOptions
                : command instanceof ListCommand l ? l.formatOptions : null;
        new dev.jos.cli.ResultPrinter(ctx).print(result, f, null);
        return out.toString();
    }

    private String usageError(String... args) {
        StringWriter e = new StringWriter();
        int rc = Jos.run(args, new Context(CLOUD, new PrintWriter(new StringWriter()), new PrintWriter(e),
                new ByteArrayInputStream(new byte[0]), home, home, () -> false));
        assertEquals(2, rc, e.toString());
        String[] lines = e.toString().strip().split("\n");
        return lines[lines.length - 1];
    }

    @Test
    void argparseErrors() {
        assertEquals("jos security group create: error: argument --stateless: not allowed with argument --stateful",
                usageError("security", "group", "create", "--stateful", "--stateless", "x"));
        assertEquals("jos security group set: error: the following arguments are required: <group>",
                usageError("security", "group", "set"));
    }

    @Test
    void createDefaultsTheDescriptionToTheNameThenTags() throws Exception {
        String out = run(parse(new SecurityGroupCreate(), "--stateless", "--tag", "z", "--tag", "a", "-f", "json", "db"));
        assertEquals(List.of("POST security-groups {\"name\":\"db\",\"description\":\"db\",\"stateful\":false}",
                "PUT security-groups/id-1/tags [a, z]"), neutron.calls);
        assertTrue(out.contains("\"description\": \"db\","), out);
        assertTrue(out.contains("\"tags\": [\n    \"a\",\n    \"z\"\n  ],"), out);
    }

    @Test
    void showTrimsRulesAsOsc() throws Exception {
        String out = run(parse(new SecurityGroupShow(), "-c", "rules", "-c", "stateful", "-c", "tags", "web"));
        assertEquals(String.join("\n",
                "+----------+-----------------------------------------------------------------------------------------+",
                "| Field    | Value                                                                                   |",
                "+----------+-----------------------------------------------------------------------------------------+",
                "| rules    | direction='ingress', id='r-1', port_range_max='22', port_range_min='22', protocol='tcp' |",
                "| stateful | True                                                                                    |",
                "| tags     | []                                                                                      |",
                "+----------+-----------------------------------------------------------------------------------------+",
                ""), out);
        String json = run(parse(new SecurityGroupShow(), "-c", "rules", "-f", "json", "web"));
        assertTrue(json.contains("\"security_group_id\": \"g-1\""), "machine output keeps the raw rule: " + json);
    }

    @Test
    void showErrorsHaveTheShowOnePrefix() {
        assertEquals("Error while executing command: No SecurityGroup found for nope",
                assertThrows(CommandException.class, () -> run(parse(new SecurityGroupShow(), "nope"))).getMessage());
    }

    @Test
    void listAsksForOscsFieldsOnePerKey() throws Exception {
        String out = run(parse(new SecurityGroupList(), "--tags", "a,b", "-f", "csv"));
        assertEquals(List.of("GET security-groups [fields=id, fields=name, fields=description, fields=project_id, "
                + "fields=tags, tags=a,b]"), neutron.calls);
        assertTrue(out.startsWith("\"ID\",\"Name\",\"Description\",\"Project\",\"Tags\"\n\"g-1\",\"web\",\"web servers\",\"p-1\",\"[]\"\n"),
                out);
    }

    @Test
    void ruleCreateSendsOscsDefaultsAndChecks() throws Exception {
        run(parse(new SecurityGroupRuleCreate(), "--protocol", "ICMP", "--icmp-type", "8", "web"));
        assertEquals(List.of("POST security-group-rules {\"protocol\":\"icmp\",\"direction\":\"ingress\",\"ethertype\":\"IPv4\","
                + "\"port_range_min\":8,\"remote_ip_prefix\":\"0.0.0.0/0\",\"security_group_id\":\"g-1\"}"), neutron.calls);
        neutron.calls.clear();
        run(parse(new SecurityGroupRuleCreate(), "--protocol", "ipv6-icmp", "--egress", "--dst-port", "7", "web"));
        assertEquals(List.of("POST security-group-rules {\"protocol\":\"ipv6-icmp\",\"direction\":\"egress\",\"ethertype\":\"IPv6\","
                + "\"remote_ip_prefix\":\"::/0\",\"security_group_id\":\"g-1\"}"), neutron.calls, "ICMP ignores --dst-port");
        assertEquals("ICMP IP protocol required with arguments --icmp-type and --icmp-code",
                assertThrows(CommandException.class, () -> run(parse(new SecurityGroupRuleCreate(), "--protocol", "tcp",
                        "--icmp-code", "1", "--icmp-type", "2", "web"))).getMessage());
        assertEquals("jos security group rule create: error: argument --dst-port: Invalid range, 5 is not less than 3",
                usageError("security", "group", "rule", "create", "--dst-port", "5:3", "web"));
    }

    @Test
    void ruleListFormatsPortAndIpRanges() throws Exception {
        ObjectNode icmp = neutron.add(Neutron.SECURITY_GROUP_RULE, "r-2", null);
        icmp.put("protocol", "icmp");
        icmp.put("ethertype", "IPv6");
        icmp.put("port_range_min", 8);
        icmp.put("port_range_max", 0);
        icmp.put("direction", "egress");
        icmp.put("security_group_id", "g-1");
        ObjectNode tcp = neutron.add(Neutron.SECURITY_GROUP_RULE, "r-3", null);
        tcp.put("protocol", "tcp");
        tcp.put("ethertype", "IPv4");
        tcp.putNull("port_range_min");
        tcp.put("port_range_max", 80);
        tcp.put("remote_ip_prefix", "10.0.0.0/8");
        String out = run(parse(new SecurityGroupRuleList(), "-f", "csv", "-c", "ID", "-c", "IP Range", "-c", "Port Range",
                "-c", "Security Group"));
        assertEquals("\"ID\",\"IP Range\",\"Port Range\",\"Security Group\"\n\"r-2\",\"::/0\",\"type=8\",\"g-1\"\n"
                + "\"r-3\",\"10.0.0.0/8\",\"80:80\",\"\"\n", out);
        neutron.calls.clear();
        run(parse(new SecurityGroupRuleList(), "web", "--ingress", "--protocol", "TCP"));
        assertEquals(List.of("GET security-group-rules {security_group_id=g-1, direction=ingress, protocol=tcp}"),
                neutron.calls.subList(neutron.calls.size() - 1, neutron.calls.size()));
    }

    @Test
    void setSendsWhatWasGivenAndDeleteCounts() throws Exception {
        run(parse(new SecurityGroupSet(), "--name", "www", "--description", "", "--stateless", "web"));
        assertEquals(List.of("PUT security-groups/g-1 {\"name\":\"www\",\"description\":\"\",\"stateful\":false}"),
                neutron.calls);
        neutron.calls.clear();
        CommandException e = assertThrows(CommandException.class,
                () -> run(parse(new SecurityGroupDelete(), "nope", "www", "twin")));
        assertEquals("2 of 3 groups failed to delete.", e.getMessage());
        assertEquals(List.of("DELETE security-groups/g-1"), neutron.calls);
        assertTrue(err.toString().contains("Failed to delete group with name or ID 'nope': No SecurityGroup found for nope"),
                err.toString());
    }
}
