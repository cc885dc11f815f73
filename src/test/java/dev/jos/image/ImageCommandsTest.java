package dev.jos.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.Context;
import dev.jos.Jos;
import dev.jos.cli.CommandResult;
import dev.jos.cli.FormatOptions;
import dev.jos.cli.Invocation;
import dev.jos.cli.JosCommand;
import dev.jos.cli.ListCommand;
import dev.jos.cli.ShowCommand;
import dev.jos.json.Json;
import dev.jos.session.ApiException;
import dev.jos.session.CommandException;
import dev.jos.session.FakeApis;
import picocli.CommandLine;

/**
 * The image commands at two seams: parsing (picocli and Jos's argparse wording) and their work
 * over a mocked {@link ImageApi}, asserting the calls and OSC's output. Lab parity: ImageParityIT.
 */
class ImageCommandsTest {
    private static final String ID = "9a862c43-f54c-4996-a3e3-392cc49d3c70";
    private static final Map<String, String> CLOUD = Map.of("OS_AUTH_URL", "http://127.0.0.1:9/v3",
            "OS_USERNAME", "u", "OS_PASSWORD", "p", "OS_PROJECT_NAME", "p");

    private final ImageApi api = mock(ImageApi.class);
    private final StringWriter err = new StringWriter();

    @TempDir
    Path home;

    /** glance's reply to a create, as the lab sends it. */
    static ObjectNode created(String name) throws Exception {
        return (ObjectNode) Json.parse(("{\"owner_specified.openstack.md5\": \"\", \"owner_specified.openstack.sha256\": \"\", "
                + "\"owner_specified.openstack.object\": \"images/" + name + "\", \"name\": \"" + name + "\", \"disk_format\": \"raw\", "
                + "\"container_format\": \"bare\", \"visibility\": \"shared\", \"size\": null, \"virtual_size\": null, "
                + "\"status\": \"queued\", \"checksum\": null, \"protected\": false, \"min_ram\": 0, \"min_disk\": 0, "
                + "\"owner\": \"82d1462d7c7642c490e5e551c104ad05\", \"os_hidden\": false, \"os_hash_algo\": null, "
                + "\"os_hash_value\": null, \"id\": \"" + ID + "\", \"created_at\": \"2026-12-02T16:30:48Z\", "
                + "\"updated_at\": \"2026-12-02T16:30:48Z\", \"tags\": [], \"self\": \"/v2/images/" + ID + "\", "
                + "\"file\": \"/v2/images/" + ID + "/file\", \"schema\": \"/v2/schemas/image\"}").getBytes());
    }

    private static <T extends JosCommand> T parse(T command, String... args) {
        new CommandLine(command).parseArgs(args);
        return command;
    }

    private String run(JosCommand command) throws Exception {
        return run(command, Invocation.Stdio.NONE);
    }

    private String run(JosCommand command, Invocation.Stdio stdio) throws Exception {
        CommandResult result = command.run(new Invocation(new FakeApis(null, null, api, null), new PrintWriter(new StringWriter()),
                new PrintWriter(err, true), () -> false, millis -> { }, name -> null, stdio));
        StringWriter out = new StringWriter();
        Context ctx = new Context(Map.of(), new PrintWriter(out), new PrintWriter(err), InputStream.nullInputStream(),
                home, home, () -> false);
        FormatOptions f = command instanceof ShowCommand s ? s.formatOptions
                : command instanceof ListCommand l ? l.formatOptions : null;
        new dev.jos.cli.ResultPrinter(ctx).print(result, f, null);
        return out.toString();
    }

    private record Cli(int rc, String out, String err) {
    }

    private Cli jos(String... args) {
        StringWriter out = new StringWriter();
        StringWriter e = new StringWriter();
        int rc = Jos.run(args, new Context(CLOUD, new PrintWriter(out), new PrintWriter(e),
                new ByteArrayInputStream(new byte[0]), home, home, () -> false));
        return new Cli(rc, out.toString(), e.toString());
    }

    // ---- seam 1: parsing ----------------------------------------------------------------

    @Test
    void createDefaultsAreOscs() {
        ImageCreate c = parse(new ImageCreate(), "img");
        assertEquals("bare", c.containerFormat);
        assertEquals("raw", c.diskFormat);
        assertEquals(List.of(), c.tags);
    }

    @Test
    void badChoicesAndConflictsAreUsageErrors() {
        Cli r = jos("image", "create", "--disk-format", "qcow3", "x");
        assertEquals(2, r.rc(), r.err());
        assertTrue(r.err().endsWith("error: argument --disk-format: invalid choice: 'qcow3' (choose from 'ami', 'ari', "
                + "'aki', 'vhd', 'vmdk', 'raw', 'qcow2', 'vhdx', 'vdi', 'iso', 'ploop')\n"), r.err());
        Cli both = jos("image", "create", "--public", "--private", "x");
        assertEquals(2, both.rc(), both.err());
        assertTrue(both.err().contains("not allowed with argument"), both.err());
        Cli members = jos("image", "list", "--member-status", "ACCEPTEDX");
        assertEquals(2, members.rc(), members.err());
        assertTrue(members.err().contains("invalid choice: 'acceptedx'"), members.err());
    }

    @Test
    void setMembershipAndTagOptionsParse() {
        ImageSet s = parse(new ImageSet(), "--accept", "--tag", "a", "--tag", "b", "--instance-uuid", "i", "img");
        assertTrue(s.accept);
        assertEquals(List.of("a", "b"), s.tags);
        assertEquals("i", s.instanceId);
    }

    // ---- seam 2: over a fake ImageApi -----------------------------------------------------

    @Test
    void createPostsTheSdkBodyThenStreamsTheFile() throws Exception {
        Path file = home.resolve("cirros.img");
        Files.write(file, new byte[4096]);
        when(api.createImage(any())).thenReturn(new ImageApi.Created(created("demo-img"), List.of("glance-direct")));
        ImageCreate c = parse(new ImageCreate(), "--file", file.toString(), "--property", "a=b", "--protected",
                "--min-disk", "1", "--tag", "t", "demo-img");
        String out = run(c);
        ArgumentCaptor<ObjectNode> body = ArgumentCaptor.forClass(ObjectNode.class);
        verify(api).createImage(body.capture());
        assertEquals("{\"disk_format\":\"raw\",\"container_format\":\"bare\",\"tags\":[\"t\"],\"name\":\"demo-img\","
                + "\"min_disk\":1,\"a\":\"b\",\"protected\":true,\"owner_specified.openstack.md5\":\"\","
                + "\"owner_specified.openstack.sha256\":\"\",\"owner_specified.openstack.object\":\"images/demo-img\"}",
                body.getValue().toString());
        ArgumentCaptor<ImageData> data = ArgumentCaptor.forClass(ImageData.class);
        verify(api).uploadImage(eq(ID), data.capture(), eq(null));
        assertEquals(file, data.getValue().file());
        assertTrue(out.contains("| properties       | os_hidden='False', owner_specified.openstack.md5='', "
                + "owner_specified.openstack.object='images/demo-img', owner_specified.openstack.sha256='' |"), out);
        assertTrue(out.contains("| status           | queued "), out);
        assertTrue(!out.contains("| size "), out); // None is left out
    }

    @Test
    void createReadsStdinWhenItIsNoTerminalAndSendsSdkNamesWithoutData() throws Exception {
        when(api.createImage(any())).thenReturn(new ImageApi.Created(created("x"), List.of()));
        InputStream stdin = new ByteArrayInputStream(new byte[] {1, 2, 3});
        Invocation.Stdio pipe = new Invocation.Stdio() {
            public InputStream in() { return stdin; }
            public boolean inIsTerminal() { return false; }
            public java.io.OutputStream out() { return java.io.OutputStream.nullOutputStream(); }
            public boolean outIsTerminal() { return false; }
        };
        run(parse(new ImageCreate(), "x"), pipe);
        ArgumentCaptor<ImageData> data = ArgumentCaptor.forClass(ImageData.class);
        verify(api).uploadImage(eq(ID), data.capture(), eq(null));
        assertEquals(stdin, data.getValue().stream());

        // no data: the SDK sends its keyword names as they are (glance refuses is_protected)
        ImageApi other = mock(ImageApi.class);
        when(other.createImage(any())).thenReturn(new ImageApi.Created(created("y"), List.of()));
        new ImageCreate().getClass();
        ImageCreate c = parse(new ImageCreate(), "--protected", "y-not-a-file-" + System.nanoTime());
        c.run(new Invocation(new FakeApis(null, null, other, null), new PrintWriter(new StringWriter()),
                new PrintWriter(err, true), () -> false, millis -> { }, name -> null, Invocation.Stdio.NONE));
        ArgumentCaptor<ObjectNode> body = ArgumentCaptor.forClass(ObjectNode.class);
        verify(other).createImage(body.capture());
        assertTrue(body.getValue().has("is_protected"), body.getValue().toString());
        verify(other, never()).uploadImage(any(), any(), any());
    }

    @Test
    void createWithAMissingFileFailsBeforeAnyRequest() {
        ImageCreate c = parse(new ImageCreate(), "--file", "/nonexistent/x.img", "x");
        CommandException e = assertThrows(CommandException.class, () -> run(c));
        assertEquals("[Errno 2] No such file or directory: '/nonexistent/x.img'", e.getMessage());
        verify(api, never()).createImage(any());
    }

    @Test
    void createDeletesTheImageWhoseUploadFailed() throws Exception {
        Path file = home.resolve("a.img");
        Files.write(file, new byte[10]);
        when(api.createImage(any())).thenReturn(new ImageApi.Created(created("a"), List.of()));
        org.mockito.Mockito.doThrow(new CommandException("boom")).when(api).uploadImage(any(), any(), any());
        assertThrows(CommandException.class, () -> run(parse(new ImageCreate(), "--file", file.toString(), "a")));
        verify(api).deleteImage(ID);
    }

    @Test
    void deleteReportsEachFailureThenOscsCount() throws Exception {
        ObjectNode img = created("p");
        when(api.findImage("p")).thenReturn(img);
        when(api.findImage("nope")).thenThrow(new CommandException("No Image found for nope"));
        org.mockito.Mockito.doThrow(new CommandException("HttpException: 403: Client Error for url: u, 403 Forbidden: "
                + "Image is protected and cannot be deleted.")).when(api).deleteImage(ID);
        CommandException e = assertThrows(CommandException.class, () -> run(parse(new ImageDelete(), "p", "nope")));
        assertEquals("Failed to delete 2 of 2 images.", e.getMessage());
        assertTrue(err.toString().contains("Failed to delete image with name or ID 'p': HttpException: 403"), err.toString());
        assertTrue(err.toString().contains("Failed to delete image with name or ID 'nope': No Image found for nope"));
    }

    @Test
    void listQueriesInSdkOrderSortsByNameAndShowsLongColumns() throws Exception {
        ObjectNode b = created("b");
        ObjectNode a = created("a");
        a.put("id", "a-id");
        when(api.listImages(any(), any(), anyBoolean())).thenReturn(List.of(b, a));
        String out = run(parse(new ImageList(), "--long", "--private", "--name", "x", "--tag", "t1", "--tag", "t2"));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, String>> q = ArgumentCaptor.forClass(Map.class);
        verify(api).listImages(q.capture(), eq(List.of("t1", "t2")), eq(true));
        assertEquals(List.of("name", "visibility"), List.copyOf(q.getValue().keySet()));
        String[] lines = out.split("\n");
        assertTrue(lines[1].startsWith("| ID "), out);
        assertTrue(lines[3].contains("| a "), out);
        assertTrue(lines[3].contains("| None "), out); // size None as OSC prints it
    }

    @Test
    void listWithLimitReadsOnePage() throws Exception {
        when(api.listImages(any(), any(), anyBoolean())).thenReturn(List.of());
        run(parse(new ImageList(), "--limit", "1"));
        verify(api).listImages(eq(Map.of("limit", "1")), eq(List.of()), eq(false));
    }

    @Test
    void setSendsOneSortedPatchOfAdds() throws Exception {
        ObjectNode img = created("s");
        img.putArray("tags").add("old");
        when(api.findImage("s")).thenReturn(img);
        run(parse(new ImageSet(), "--unprotected", "--property", "foo=bar", "--tag", "new", "--min-disk", "2", "--public", "s"));
        ArgumentCaptor<ArrayNode> patch = ArgumentCaptor.forClass(ArrayNode.class);
        verify(api).updateImage(eq(ID), patch.capture());
        assertEquals("[{\"op\":\"add\",\"path\":\"/foo\",\"value\":\"bar\"},{\"op\":\"add\",\"path\":\"/min_disk\",\"value\":2},"
                + "{\"op\":\"add\",\"path\":\"/protected\",\"value\":false},{\"op\":\"add\",\"path\":\"/tags\",\"value\":[\"old\",\"new\"]},"
                + "{\"op\":\"add\",\"path\":\"/visibility\",\"value\":\"public\"}]", patch.getValue().toString());
    }

    @Test
    void setWithNothingToChangeSendsNoPatch() throws Exception {
        when(api.findImage("s")).thenReturn(created("s"));
        run(parse(new ImageSet(), "s"));
        verify(api, never()).updateImage(any(), any());
    }

    @Test
    void unsetCountsMissingTagsAndProperties() throws Exception {
        ObjectNode img = created("u");
        img.put("foo", "bar");
        when(api.findImage("u")).thenReturn(img);
        org.mockito.Mockito.doThrow(new CommandException("404")).when(api).removeTag(ID, "nope");
        CommandException e = assertThrows(CommandException.class,
                () -> run(parse(new ImageUnset(), "--tag", "nope", "--property", "foo", "--property", "zz", "u")));
        assertEquals("Failed to unset 1 of 1 tags,Failed to unset 1 of 2 properties.", e.getMessage());
        ArgumentCaptor<ArrayNode> patch = ArgumentCaptor.forClass(ArrayNode.class);
        verify(api).updateImage(eq(ID), patch.capture());
        assertEquals("[{\"op\":\"remove\",\"path\":\"/foo\"}]", patch.getValue().toString());
    }

    @Test
    void saveOfAnUnknownImageFailsAsOscsNone() {
        when(api.findImage("nope")).thenThrow(new CommandException("No Image found for nope"));
        CommandException e = assertThrows(CommandException.class, () -> run(parse(new ImageSave(), "nope")));
        assertEquals("'NoneType' object has no attribute 'id'", e.getMessage());
    }

    @Test
    void saveToAFileChecksTheMd5() throws Exception {
        when(api.findImage("s")).thenReturn(created("s"));
        Path target = home.resolve("out.img");
        when(api.downloadImage(ID, target)).thenReturn(new ImageApi.Download("aa", "bb", 3));
        CommandException e = assertThrows(CommandException.class,
                () -> run(parse(new ImageSave(), "--file", target.toString(), "s")));
        assertEquals("Unable to download image: checksum mismatch: bb != aa", e.getMessage());
    }

    @Test
    void memberListAndAddProject() throws Exception {
        when(api.findImage("m")).thenReturn(created("m"));
        ObjectNode member = Json.object();
        member.put("created_at", "c");
        member.put("image_id", ID);
        member.put("member_id", "0123456789abcdef0123456789abcdef");
        member.put("schema", "/v2/schemas/member");
        member.put("status", "pending");
        member.put("updated_at", "u");
        when(api.members(ID)).thenReturn(List.of(member));
        when(api.addMember(ID, "0123456789abcdef0123456789abcdef")).thenReturn(member);
        String list = run(parse(new ImageMemberList(), "m"));
        assertTrue(list.contains("| " + ID + " | 0123456789abcdef0123456789abcdef | pending |"), list);
        String shown = run(parse(new ImageAddProject(), "m", "0123456789abcdef0123456789abcdef"));
        assertTrue(shown.contains("| status     | pending "), shown);
    }

    @Test
    void showPropertiesKeepTheSdkOrderInJson() throws Exception {
        ObjectNode img = created("j");
        img.put("os_hash_algo", "sha512");
        img.put("zeta", "1");
        img.put("hw_cpu_cores", "2");
        when(api.findImage("j")).thenReturn(img);
        String out = run(parse(new ImageShow(), "-f", "json", "j"));
        int hidden = out.indexOf("\"os_hidden\"");
        int algo = out.indexOf("\"os_hash_algo\"");
        int zeta = out.indexOf("\"zeta\"");
        int cores = out.indexOf("\"hw_cpu_cores\": 2");
        assertTrue(hidden < algo && algo < zeta && zeta < cores && hidden > 0, out);
        assertEquals("196.6K", ImageColumns.formatSize(196616L));
        assertEquals("0", ImageColumns.formatSize(null));
    }
}
