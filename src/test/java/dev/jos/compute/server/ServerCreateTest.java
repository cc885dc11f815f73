package dev.jos.compute.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.compute.ComputeApi;
import dev.jos.json.Json;
import dev.jos.output.Record;
import dev.jos.session.CommandException;
import picocli.CommandLine;

/** server create: its arguments, the requests it makes over fake services, and what it returns. */
class ServerCreateTest {
    static final String IMAGE_ID = "da9259d0-b57f-4230-a2cf-e5bc6cedf19e";
    static final String NET_ID = "4529570d-57bf-4ec8-8d67-937f13b1d9ae";
    static final String SG_ID = "eff69e1a-958f-4d8f-9db5-7b117f42e14d";
    static final String SERVER_ID = "6dc2e525-a218-4814-9dc5-4cfcf2332268";

    /** What nova answers to POST /servers: only these keys, adminPass among them. */
    static final String CREATED = "{\"id\": \"" + SERVER_ID + "\", \"links\": [], \"OS-DCF:diskConfig\": \"MANUAL\","
            + " \"security_groups\": [{\"name\": \"" + SG_ID + "\"}], \"adminPass\": \"kNNSdm96W6ma\"}";

    /** GET /servers/{id} just after, at microversion 2.1 (a BUILD server lists no security groups). */
    static String fetched(String status) {
        return "{\"id\": \"" + SERVER_ID + "\", \"name\": \"cirros-instance\", \"status\": \"" + status + "\","
                + " \"tenant_id\": \"67b814b10c624269b605ea8c571decdc\", \"user_id\": \"4349d516240540dda214bae62ae5ff48\","
                + " \"metadata\": {}, \"hostId\": \"\", \"image\": {\"id\": \"" + IMAGE_ID + "\", \"links\": []},"
                + " \"flavor\": {\"id\": \"c1\", \"links\": []}, \"created\": \"2023-01-06T00:15:11Z\","
                + " \"updated\": \"2023-01-06T00:15:11Z\", \"addresses\": {}, \"accessIPv4\": \"\", \"accessIPv6\": \"\","
                + " \"links\": [], \"OS-DCF:diskConfig\": \"MANUAL\", \"progress\": 0, \"OS-EXT-AZ:availability_zone\": \"\","
                + " \"config_drive\": \"\", \"key_name\": \"jade-public-key\", \"OS-SRV-USG:launched_at\": null,"
                + " \"OS-SRV-USG:terminated_at\": null, \"OS-EXT-SRV-ATTR:host\": null, \"OS-EXT-SRV-ATTR:instance_name\": \"\","
                + " \"OS-EXT-SRV-ATTR:hypervisor_hostname\": null, \"OS-EXT-STS:task_state\": \"scheduling\","
                + " \"OS-EXT-STS:vm_state\": \"building\", \"OS-EXT-STS:power_state\": 0,"
                + " \"os-extended-volumes:volumes_attached\": []}";
    }

    /** The first seed's output (course material), field for field. */
    static final String SEED_TABLE = String.join("\n",
            "+-------------------------------------+-----------------------------------------------------------------+",
            "| Field                               | Value                                                           |",
            "+-------------------------------------+-----------------------------------------------------------------+",
            "| OS-DCF:diskConfig                   | MANUAL                                                          |",
            "| OS-EXT-AZ:availability_zone         |                                                                 |",
            "| OS-EXT-SRV-ATTR:host                | None                                                            |",
            "| OS-EXT-SRV-ATTR:hypervisor_hostname | None                                                            |",
            "| OS-EXT-SRV-ATTR:instance_name       |                                                                 |",
            "| OS-EXT-STS:power_state              | NOSTATE                                                         |",
            "| OS-EXT-STS:task_state               | scheduling                                                      |",
            "| OS-EXT-STS:vm_state                 | building                                                        |",
            "| OS-SRV-USG:launched_at              | None                                                            |",
            "| OS-SRV-USG:terminated_at            | None                                                            |",
            "| accessIPv4                          |                                                                 |",
            "| accessIPv6                          |                                                                 |",
            "| addresses                           |                                                                 |",
            "| adminPass                           | kNNSdm96W6ma                                                    |",
            "| config_drive                        |                                                                 |",
            "| created                             | 2023-01-06T00:15:11Z                                            |",
            "| flavor                              | cirros256 (c1)                                                  |",
            "| hostId                              |                                                                 |",
            "| id                                  | 6dc2e525-a218-4814-9dc5-4cfcf2332268                            |",
            "| image                               | cirros-0.5.2-x86_64-disk (da9259d0-b57f-4230-a2cf-e5bc6cedf19e) |",
            "| key_name                            | jade-public-key                                                 |",
            "| name                                | cirros-instance                                                 |",
            "| progress                            | 0                                                               |",
            "| project_id                          | 67b814b10c624269b605ea8c571decdc                                |",
            "| properties                          |                                                                 |",
            "| security_groups                     | name='eff69e1a-958f-4d8f-9db5-7b117f42e14d'                     |",
            "| status                              | BUILD                                                           |",
            "| updated                             | 2023-01-06T00:15:11Z                                            |",
            "| user_id                             | 4349d516240540dda214bae62ae5ff48                                |",
            "| volumes_attached                    |                                                                 |",
            "+-------------------------------------+-----------------------------------------------------------------+",
            "");

    private static ServerCreate parse(String... args) {
        ServerCreate c = new ServerCreate();
        new CommandLine(c).parseArgs(args);
        return c;
    }

    private static ServerFakes seedCloud() {
        ServerFakes f = new ServerFakes();
        ComputeApi compute = f.compute;
        when(compute.serverMicroversionAtLeast(anyString())).thenAnswer(a -> dev.jos.session.Microversion.parse("2.1")
                .atLeast(dev.jos.session.Microversion.parse(a.getArgument(0))));
        when(compute.novaFlavor("c1")).thenReturn(ServerFakes.json("{\"id\": \"c1\", \"name\": \"cirros256\"}"));
        when(f.image.findImage(IMAGE_ID)).thenReturn(ServerFakes.json("{\"id\": \"" + IMAGE_ID + "\", \"name\": \"cirros-0.5.2-x86_64-disk\"}"));
        when(f.image.getImage(IMAGE_ID)).thenReturn(ServerFakes.json("{\"id\": \"" + IMAGE_ID + "\", \"name\": \"cirros-0.5.2-x86_64-disk\"}"));
        when(f.network.findNetwork(NET_ID)).thenReturn(ServerFakes.json("{\"id\": \"" + NET_ID + "\", \"name\": \"private\"}"));
        when(f.network.findSecurityGroup(SG_ID)).thenReturn(ServerFakes.json("{\"id\": \"" + SG_ID + "\", \"name\": \"default\"}"));
        when(compute.createServer(any())).thenReturn(ServerFakes.json(CREATED));
        when(compute.getServer(SERVER_ID)).thenReturn(ServerFakes.json(fetched("BUILD")));
        return f;
    }

    private static final String[] SEED = {"--flavor", "c1", "--image", IMAGE_ID, "--network", NET_ID, "--security-group", SG_ID,
        "--key-name", "jade-public-key", "cirros-instance"};

    @Test
    void parsesNicsInTheOrderTyped() {
        ServerCreate c = parse("--flavor", "m", "--image", "i", "--port", "p1", "--nic", "net-id=n2,v4-fixed-ip=10.0.0.5",
                "--network", "n3", "--min", "2", "--max", "3", "--property", "a=b", "vm");
        assertEquals("vm", c.name);
        assertEquals(List.of(new Nics.Typed("port-id", "p1"), new Nics.Typed(null, "net-id=n2,v4-fixed-ip=10.0.0.5"),
                new Nics.Typed("net-id", "n3")), parseNics(c));
        assertEquals(2, c.min);
        assertEquals(3, c.max);
    }

    @SuppressWarnings("unchecked")
    private static List<Nics.Typed> parseNics(ServerCreate c) {
        try {
            java.lang.reflect.Field f = ServerCreate.class.getDeclaredField("nics");
            f.setAccessible(true);
            return (List<Nics.Typed>) f.get(c);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void nicSyntaxErrorsAreOscs() {
        assertEquals("Invalid argument foo=bar; argument must be of form 'net-id=net-uuid,port-id=port-uuid,v4-fixed-ip=ip-addr,"
                + "v6-fixed-ip=ip-addr,tag=tag'", assertThrows(CommandException.class, () -> Nics.parseOne(null, "foo=bar")).getMessage());
        assertEquals("Invalid argument a,b; characters ',' and '=' are not allowed",
                assertThrows(CommandException.class, () -> Nics.parseOne("net-id", "a,b")).getMessage());
        assertEquals("Invalid argument net-id=a,port-id=b; either network or port should be specified but not both",
                assertThrows(CommandException.class, () -> Nics.parseOne(null, "net-id=a,port-id=b")).getMessage());
        assertEquals("auto", Nics.parseOne(null, "auto"));
    }

    @Test
    void firstSeedCreateSendsNovaclientsBodyAndShowsTheSeedTable() throws Exception {
        ServerFakes f = seedCloud();
        Record r = parse(SEED).show(f.inv());

        ArgumentCaptor<ObjectNode> body = ArgumentCaptor.forClass(ObjectNode.class);
        verify(f.compute).createServer(body.capture());
        assertEquals("{\"server\":{\"name\":\"cirros-instance\",\"imageRef\":\"" + IMAGE_ID + "\",\"flavorRef\":\"c1\","
                + "\"key_name\":\"jade-public-key\",\"min_count\":1,\"max_count\":1,\"security_groups\":[{\"name\":\"" + SG_ID + "\"}],"
                + "\"networks\":[{\"uuid\":\"" + NET_ID + "\"}]}}", Json.writeString(body.getValue()));
        assertEquals(SEED_TABLE, ServerFakes.table(r));
        assertEquals("", f.out.toString());
    }

    @Test
    void boundsOfMinAndMaxAreCheckedBeforeCreating() {
        ServerFakes f = seedCloud();
        CommandException e = assertThrows(CommandException.class,
                () -> parse("--flavor", "c1", "--image", IMAGE_ID, "--min", "3", "--max", "2", "vm").show(f.inv()));
        assertEquals("min instances should be <= max instances", e.getMessage());
        verify(f.compute, never()).createServer(any());
    }

    @Test
    void descriptionNeedsMicroversion219() {
        ServerFakes f = seedCloud();
        CommandException e = assertThrows(CommandException.class,
                () -> parse("--flavor", "c1", "--image", IMAGE_ID, "--description", "d", "vm").show(f.inv()));
        assertEquals("Description is not supported for --os-compute-api-version less than 2.19", e.getMessage());
    }

    @Test
    void autoCannotBeCombined() {
        ServerFakes f = seedCloud();
        CommandException e = assertThrows(CommandException.class,
                () -> parse("--flavor", "c1", "--image", IMAGE_ID, "--nic", "auto", "--network", NET_ID, "vm").show(f.inv()));
        assertEquals("Specifying a --nic of auto or none cannot be used with any other --nic, --network or --port value.", e.getMessage());
    }

    @Test
    void unknownFlavorIsNovaclientsFind() {
        ServerFakes f = seedCloud();
        when(f.compute.novaFlavor("nope")).thenThrow(ServerFakes.notFound("Flavor nope could not be found."));
        when(f.compute.novaFlavors(false, Boolean.TRUE)).thenReturn(List.of(ServerFakes.json("{\"id\": \"c1\", \"name\": \"cirros256\"}")));
        CommandException e = assertThrows(CommandException.class,
                () -> parse("--flavor", "nope", "--image", IMAGE_ID, "vm").show(f.inv()));
        assertEquals("No flavor with a name or ID of 'nope' exists.", e.getMessage());
    }

    @Test
    void flavorByNameIsFetchedAgainById() throws Exception {
        ServerFakes f = seedCloud();
        when(f.compute.novaFlavor("cirros256")).thenThrow(ServerFakes.notFound("Flavor cirros256 could not be found."));
        when(f.compute.novaFlavors(false, Boolean.TRUE)).thenReturn(List.of(ServerFakes.json("{\"id\": \"c1\", \"name\": \"cirros256\"}")));
        parse("--flavor", "cirros256", "--image", IMAGE_ID, "vm").show(f.inv());
        ArgumentCaptor<ObjectNode> body = ArgumentCaptor.forClass(ObjectNode.class);
        verify(f.compute).createServer(body.capture());
        assertEquals("c1", body.getValue().path("server").path("flavorRef").asText());
        // no network given at 2.1: an empty list, nova picks
        assertEquals("[]", body.getValue().path("server").path("networks").toString());
    }

    @Test
    void volumeNeedsCinder() {
        ServerFakes f = seedCloud();
        CommandException e = assertThrows(CommandException.class, () -> parse("--flavor", "c1", "--volume", "v1", "vm").show(f.inv()));
        assertEquals("public endpoint for volumev3 service in RegionOne region not found", e.getMessage());
    }

    @Test
    void waitPollsUntilActiveAndEndsTheProgressLine() throws Exception {
        ServerFakes f = seedCloud();
        when(f.compute.getServer(SERVER_ID)).thenReturn(ServerFakes.json(fetched("BUILD").replace("\"progress\": 0", "\"progress\": 50")),
                ServerFakes.json(fetched("ACTIVE")));
        List<String> args = new java.util.ArrayList<>(List.of(SEED));
        args.add(0, "--wait");
        parse(args.toArray(String[]::new)).show(f.inv());
        assertEquals("\rProgress: 50\n", f.out.toString());
        assertEquals(List.of(ServerWait.FIRST_PAUSE_MS), f.sleeps);
    }

    @Test
    void waitEndingInErrorFails() {
        ServerFakes f = seedCloud();
        when(f.compute.getServer(SERVER_ID)).thenReturn(ServerFakes.json(fetched("ERROR")));
        List<String> args = new java.util.ArrayList<>(List.of(SEED));
        args.add(0, "--wait");
        CommandException e = assertThrows(CommandException.class, () -> parse(args.toArray(String[]::new)).show(f.inv()));
        assertEquals("Error creating server: cirros-instance", e.getMessage());
        assertEquals("Error creating server\n", f.out.toString());
    }

    @Test
    void bootFromVolumeSendsNoImage() throws Exception {
        ServerFakes f = seedCloud();
        parse("--flavor", "c1", "--image", IMAGE_ID, "--boot-from-volume", "1", "--swap", "64", "vm").show(f.inv());
        ArgumentCaptor<ObjectNode> body = ArgumentCaptor.forClass(ObjectNode.class);
        verify(f.compute).createServer(body.capture());
        ObjectNode server = (ObjectNode) body.getValue().get("server");
        assertEquals("", server.path("imageRef").asText());
        assertEquals("[{\"uuid\":\"" + IMAGE_ID + "\",\"boot_index\":\"0\",\"source_type\":\"image\",\"destination_type\":\"volume\","
                + "\"volume_size\":1},{\"boot_index\":-1,\"source_type\":\"blank\",\"destination_type\":\"local\","
                + "\"guest_format\":\"swap\",\"volume_size\":64,\"delete_on_termination\":true}]",
                server.get("block_device_mapping_v2").toString());
    }

    @Test
    void blockDevicesAreCheckedAndCompletedAsOscDoes() throws Exception {
        ServerFakes f = seedCloud();
        when(f.image.findImage("other")).thenReturn(ServerFakes.json("{\"id\": \"img-2\", \"name\": \"other\"}"));
        parse("--flavor", "c1", "--image", IMAGE_ID, "--block-device-mapping", "vdb=other:image:2",
                "--block-device", "source_type=blank,volume_size=1,boot_index=-1", "vm").show(f.inv());
        ArgumentCaptor<ObjectNode> body = ArgumentCaptor.forClass(ObjectNode.class);
        verify(f.compute).createServer(body.capture());
        assertEquals("[{\"uuid\":\"" + IMAGE_ID + "\",\"source_type\":\"image\",\"destination_type\":\"local\",\"boot_index\":0,"
                + "\"delete_on_termination\":true},"
                + "{\"device_name\":\"vdb\",\"uuid\":\"img-2\",\"source_type\":\"image\",\"destination_type\":\"volume\",\"volume_size\":\"2\"},"
                + "{\"source_type\":\"blank\",\"volume_size\":\"1\",\"boot_index\":-1,\"destination_type\":\"local\","
                + "\"delete_on_termination\":true}]", body.getValue().path("server").get("block_device_mapping_v2").toString());

        assertEquals("The delete_on_termination key of --block-device should be a boolean-like value",
                assertThrows(CommandException.class, () -> parse("--flavor", "c1", "--image", IMAGE_ID, "--block-device",
                        "source_type=blank,delete_on_termination=maybe", "vm").show(seedCloud().inv())).getMessage());
        assertEquals("Invalid argument vdb; argument must be of form 'dev-name=id[:type[:size[:delete-on-terminate]]]'",
                assertThrows(CommandException.class, () -> parse("--flavor", "c1", "--image", IMAGE_ID, "--block-device-mapping",
                        "vdb", "vm").show(seedCloud().inv())).getMessage());
    }
}
