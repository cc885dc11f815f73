package dev.jos.compute.keypair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.CommandResult;
import dev.jos.cli.Invocation;
import dev.jos.compute.ComputeApi;
import dev.jos.compute.ComputeApi.KeypairSpec;
import dev.jos.identity.IdentityApi;
import dev.jos.identity.IdentityKind;
import dev.jos.json.Json;
import dev.jos.output.Record;
import dev.jos.output.Table;
import dev.jos.session.ApiException;
import dev.jos.session.CommandException;
import dev.jos.session.ServiceApis;
import picocli.CommandLine;

/** The keypair commands over a fake nova and keystone: what they send, return and write. */
class KeypairCommandsTest {
    @TempDir
    Path dir;

    private final ComputeApi compute = mock(ComputeApi.class);
    private final IdentityApi identity = mock(IdentityApi.class);
    private final StringWriter err = new StringWriter();
    private Invocation inv;

    @BeforeEach
    void fakes() {
        inv = new Invocation(new ServiceApis() {
            @Override
            public IdentityApi identity() {
                return identity;
            }

            @Override
            public ComputeApi compute() {
                return compute;
            }
        }, new PrintWriter(err), () -> false);
        when(compute.supportsMicroversion(anyString())).thenReturn(true);
        when(identity.get(IdentityKind.USER, "bob")).thenReturn(obj("{\"id\": \"u-bob\", \"name\": \"bob\"}"));
    }

    private static ObjectNode obj(String json) {
        try {
            return (ObjectNode) Json.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The fake nova's keypairs for a user (null: the caller's), handed out as the real API hands them. */
    private void keypairs(String userId, ObjectNode... found) {
        doAnswer(a -> {
            Consumer<ObjectNode> each = a.getArgument(3);
            Arrays.asList(found).forEach(each);
            return null;
        }).when(compute).listKeypairs(eq(userId), any(), any(), any());
    }

    private static <T> T parsed(T command, String... args) {
        new CommandLine(command).parseArgs(args);
        return command;
    }

    private static final ObjectNode CREATED = obj("{\"name\": \"k1\", \"fingerprint\": \"aa:bb\", \"user_id\": \"u1\","
            + " \"public_key\": \"ssh-ed25519 AAAA\", \"private_key\": \"-----BEGIN KEY-----\\nsecret\\n-----END KEY-----\\n\","
            + " \"type\": \"ssh\"}");

    private KeypairSpec sentSpec() {
        ArgumentCaptor<KeypairSpec> spec = ArgumentCaptor.forClass(KeypairSpec.class);
        verify(compute).createKeypair(spec.capture());
        return spec.getValue();
    }

    private static Record record(CommandResult r) {
        if (r instanceof CommandResult.Single s) {
            return s.record();
        }
        return ((CommandResult.TextThenSingle) r).record();
    }

    // ---- create ----

    @Test
    void createImportsThePublicKeyFileAndHidesBothKeys() throws Exception {
        Path pub = dir.resolve("k.pub");
        Files.writeString(pub, "ssh-ed25519 AAAA me@host\r\n");
        when(compute.createKeypair(any())).thenReturn(CREATED);
        CommandResult r = parsed(new KeypairCreate(), "--public-key", pub.toString(), "k1").run(inv);
        assertEquals(new KeypairSpec("k1", "ssh-ed25519 AAAA me@host\n", null, null), sentSpec());
        Record rec = record(r);
        assertTrue(r instanceof CommandResult.Single);
        assertEquals(List.of("created_at", "fingerprint", "id", "is_deleted", "name", "type", "user_id"), rec.fields());
        assertEquals(Arrays.asList(null, "aa:bb", "k1", null, "k1", "ssh", "u1"), rec.values());
    }

    @Test
    void createWithoutFilesPrintsTheGeneratedPrivateKeyThenAnEmptyRecord() throws Exception {
        when(compute.createKeypair(any())).thenReturn(CREATED);
        CommandResult r = parsed(new KeypairCreate(), "k1").run(inv);
        assertEquals(new KeypairSpec("k1", null, null, null), sentSpec());
        CommandResult.TextThenSingle t = (CommandResult.TextThenSingle) r;
        assertEquals("-----BEGIN KEY-----\nsecret\n-----END KEY-----\n", t.text());
        assertEquals(List.of(), t.record().fields());
    }

    @Test
    void createSavesThePrivateKeyOwnerOnlyReplacingAnExistingFile() throws Exception {
        Path key = dir.resolve("k.pem");
        Files.writeString(key, "old");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        when(compute.createKeypair(any())).thenReturn(CREATED);
        CommandResult r = parsed(new KeypairCreate(), "--private-key", key.toString(), "k1").run(inv);
        assertEquals("-----BEGIN KEY-----\nsecret\n-----END KEY-----\n", Files.readString(key));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertTrue(r instanceof CommandResult.Single);
        assertTrue(!record(r).fields().contains("private_key"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(key), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void createExpandsTildeAsOscDoes() throws Exception {
        when(compute.createKeypair(any())).thenReturn(CREATED);
        parsed(new KeypairCreate(new KeyFiles(dir.toString())), "--private-key", "~/k.pem", "k1").run(inv);
        assertTrue(Files.exists(dir.resolve("k.pem")));
    }

    @Test
    void aMissingPublicKeyFileIsOscsMessageAndNothingIsCreated() {
        CommandException e = assertThrows(CommandException.class,
                () -> parsed(new KeypairCreate(), "--public-key", "/nonexistent/k.pub", "k1").run(inv));
        assertEquals("Key file /nonexistent/k.pub not found: [Errno 2] No such file or directory: '/nonexistent/k.pub'",
                e.getMessage());
        verify(compute, never()).createKeypair(any());
    }

    @Test
    void aPublicKeyFileThatIsNotUtf8IsPythonsDecodeError() throws Exception {
        Path pub = dir.resolve("bad.pub");
        Files.write(pub, new byte[] {'s', 's', 'h', ' ', (byte) 0xff});
        assertEquals("'utf-8' codec can't decode byte 0xff in position 4: invalid start byte",
                assertThrows(CommandException.class, () -> parsed(new KeypairCreate(), "--public-key", pub.toString(), "k").run(inv))
                        .getMessage());
        verify(compute, never()).createKeypair(any());
        assertEquals("'utf-8' codec can't decode byte 0xc3 in position 2: unexpected end of data",
                KeyFiles.utf8Error(new byte[] {'a', 'b', (byte) 0xc3}));
        assertEquals("'utf-8' codec can't decode byte 0xc3 in position 2: invalid continuation byte",
                KeyFiles.utf8Error(new byte[] {'a', 'b', (byte) 0xc3, 'A'}));
        assertEquals("'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte",
                KeyFiles.utf8Error(new byte[] {(byte) 0xe2, (byte) 0x82, 'A'}));
    }

    @Test
    void anUnsavablePrivateKeyFailsAfterTheKeypairIsCreated() {
        when(compute.createKeypair(any())).thenReturn(CREATED);
        CommandException e = assertThrows(CommandException.class,
                () -> parsed(new KeypairCreate(), "--private-key", "/nonexistent/dir/k", "k1").run(inv));
        assertEquals("Key file /nonexistent/dir/k can not be saved: [Errno 2] No such file or directory: '/nonexistent/dir/k'",
                e.getMessage());
        verify(compute).createKeypair(any());
        CommandException d = assertThrows(CommandException.class,
                () -> parsed(new KeypairCreate(), "--private-key", dir.toString(), "k1").run(inv));
        assertEquals("Key file " + dir + " can not be saved: [Errno 21] Is a directory: '" + dir + "'", d.getMessage());
    }

    @Test
    void typeNeedsTwoPointTwoAndIsDroppedAsOpenstacksdkDropsKeyType() throws Exception {
        when(compute.createKeypair(any())).thenReturn(CREATED);
        parsed(new KeypairCreate(), "--type", "x509", "k1").run(inv);
        assertNull(sentSpec().type());
        when(compute.supportsMicroversion("2.2")).thenReturn(false);
        CommandException e = assertThrows(CommandException.class, () -> parsed(new KeypairCreate(), "--type", "ssh", "k2").run(inv));
        assertEquals("--os-compute-api-version 2.2 or greater is required to support the --type option", e.getMessage());
    }

    @Test
    void userIsLookedUpAndSentAndNeedsTwoPointTen() throws Exception {
        when(compute.createKeypair(any())).thenReturn(CREATED);
        parsed(new KeypairCreate(), "--user", "bob", "k1").run(inv);
        assertEquals("u-bob", sentSpec().userId());
        when(compute.supportsMicroversion("2.10")).thenReturn(false);
        CommandException e = assertThrows(CommandException.class, () -> parsed(new KeypairCreate(), "--user", "bob", "k2").run(inv));
        assertEquals("--os-compute-api-version 2.10 or greater is required to support the --user option", e.getMessage());
    }

    // ---- show ----

    private static final ObjectNode SHOWN = obj("{\"name\": \"k1\", \"id\": 7, \"fingerprint\": \"aa:bb\", \"user_id\": \"u1\","
            + " \"public_key\": \"ssh-ed25519 AAAA\", \"deleted\": false, \"created_at\": \"2026-01-01T00:00:00.000000\","
            + " \"deleted_at\": null, \"updated_at\": null}");

    @Test
    void showHasTheSdkAttributesButThePublicKey() throws Exception {
        when(compute.getKeypair("k1", null)).thenReturn(SHOWN);
        Record rec = record(parsed(new KeypairShow(), "k1").run(inv));
        assertEquals(List.of("created_at", "fingerprint", "id", "is_deleted", "name", "private_key", "type", "user_id"), rec.fields());
        assertEquals(Arrays.asList("2026-01-01T00:00:00.000000", "aa:bb", "k1", false, "k1", null, "ssh", "u1"), rec.values());
    }

    @Test
    void showPublicKeyPrintsOnlyTheKey() throws Exception {
        when(compute.getKeypair("k1", "u-bob")).thenReturn(SHOWN);
        CommandResult r = parsed(new KeypairShow(), "--public-key", "--user", "bob", "k1").run(inv);
        assertEquals("ssh-ed25519 AAAA", ((CommandResult.TextThenSingle) r).text());
    }

    @Test
    void showFallsBackToTheListAsOpenstacksdkFindDoes() throws Exception {
        when(compute.getKeypair(anyString(), any())).thenThrow(new ApiException(404, "not found", null));
        keypairs(null, obj("{\"name\": \"other\"}"), SHOWN);
        assertEquals("k1", record(parsed(new KeypairShow(), "k1").run(inv)).values().get(4));
        CommandException e = assertThrows(CommandException.class, () -> parsed(new KeypairShow(), "nope").run(inv));
        assertEquals("No Keypair found for nope", e.getMessage());
    }

    @Test
    void showPassesOtherErrorsOn() {
        ApiException forbidden = new ApiException(403, "Policy doesn't allow it", null);
        when(compute.getKeypair(anyString(), any())).thenThrow(forbidden);
        assertEquals(forbidden, assertThrows(ApiException.class, () -> parsed(new KeypairShow(), "k1").run(inv)));
        verify(compute, never()).listKeypairs(any(), any(), any(), any());
    }

    // ---- list ----

    @Test
    void listHasATypeColumnFromTwoPointTwo() throws Exception {
        keypairs(null, obj("{\"name\": \"k1\", \"fingerprint\": \"aa\"}"));
        Table t = ((CommandResult.Listing) parsed(new KeypairList()).run(inv)).table();
        assertEquals(List.of("Name", "Fingerprint", "Type"), t.columns());
        assertEquals(List.of(List.of("k1", "aa", "ssh")), t.rows());
        when(compute.supportsMicroversion("2.2")).thenReturn(false);
        t = ((CommandResult.Listing) parsed(new KeypairList()).run(inv)).table();
        assertEquals(List.of("Name", "Fingerprint"), t.columns());
    }

    @Test
    void listOfAUserAndOfAProjectsUsers() throws Exception {
        parsed(new KeypairList(), "--user", "bob", "--marker", "m", "--limit", "2").run(inv);
        verify(compute).listKeypairs(eq("u-bob"), eq("m"), eq(2), any());
        when(identity.get(IdentityKind.PROJECT, "p")).thenReturn(obj("{\"id\": \"p-id\", \"name\": \"p\"}"));
        when(identity.list(IdentityKind.USER, Map.of("tenant_id", "p-id")))
                .thenReturn(List.of(obj("{\"id\": \"u1\"}"), obj("{\"id\": \"u2\"}")));
        keypairs("u1", obj("{\"name\": \"a\"}"));
        keypairs("u2", obj("{\"name\": \"b\"}"));
        Table t = ((CommandResult.Listing) parsed(new KeypairList(), "--project", "p").run(inv)).table();
        assertEquals(List.of("a", "b"), t.rows().stream().map(r -> r.get(0)).toList());
    }

    @Test
    void listVersionChecksInOscsOrder() throws Exception {
        when(compute.supportsMicroversion("2.35")).thenReturn(false);
        when(compute.supportsMicroversion("2.10")).thenReturn(false);
        assertEquals("--os-compute-api-version 2.35 or greater is required to support the --marker option",
                assertThrows(CommandException.class, () -> parsed(new KeypairList(), "--limit", "1", "--marker", "m").run(inv)).getMessage());
        assertEquals("--os-compute-api-version 2.35 or greater is required to support the --limit option",
                assertThrows(CommandException.class, () -> parsed(new KeypairList(), "--limit", "1").run(inv)).getMessage());
        assertEquals("--os-compute-api-version 2.10 or greater is required to support the --project option",
                assertThrows(CommandException.class, () -> parsed(new KeypairList(), "--project", "p").run(inv)).getMessage());
        assertEquals("--os-compute-api-version 2.10 or greater is required to support the --user option",
                assertThrows(CommandException.class, () -> parsed(new KeypairList(), "--user", "bob").run(inv)).getMessage());
        // argparse's falsy values are no option at all
        parsed(new KeypairList(), "--limit", "0").run(inv);
        verify(compute).listKeypairs(isNull(), isNull(), isNull(), any());
    }

    @Test
    void aListThatFailsAfterSomeRowsKeepsThemForTheStreamingFormatters() throws Exception {
        CommandException endless = new CommandException("Endless pagination loop detected, aborting");
        doAnswer(a -> {
            Consumer<ObjectNode> each = a.getArgument(3);
            each.accept(obj("{\"name\": \"k1\"}"));
            each.accept(obj("{\"name\": \"k1\"}"));
            throw endless;
        }).when(compute).listKeypairs(any(), any(), any(), any());
        Table t = ((CommandResult.Listing) parsed(new KeypairList(), "--limit", "1").run(inv)).table();
        assertEquals(2, t.rows().size());
        assertEquals(endless, t.failure());
        // with --project OSC reads every user's keypairs first: the error comes before any row
        when(identity.get(IdentityKind.PROJECT, "p")).thenReturn(obj("{\"id\": \"p-id\", \"name\": \"p\"}"));
        when(identity.list(IdentityKind.USER, Map.of("tenant_id", "p-id"))).thenReturn(List.of(obj("{\"id\": \"u1\"}")));
        assertEquals(endless, assertThrows(CommandException.class, () -> parsed(new KeypairList(), "--project", "p").run(inv)));
    }

    // ---- delete ----

    @Test
    void deleteTriesEveryNameAndCountsFailures() throws Exception {
        when(identity.get(IdentityKind.USER, "bob")).thenReturn(obj("{\"id\": \"bob-id\", \"name\": \"bob\"}"));
        org.mockito.Mockito.doThrow(new CommandException("ResourceNotFound: 404: Client Error for url: u, gone"))
                .when(compute).deleteKeypair("b", "bob-id");
        CommandException e = assertThrows(CommandException.class,
                () -> parsed(new KeypairDelete(), "a", "b", "c", "--user", "bob").run(inv));
        assertEquals("1 of 3 keys failed to delete.", e.getMessage());
        assertEquals("Failed to delete key with name 'b': ResourceNotFound: 404: Client Error for url: u, gone\n", err.toString());
        // the named user's keypairs, not the caller's (OSC 6.0 drops the user: see KeypairDelete)
        verify(compute).deleteKeypair("a", "bob-id");
        verify(compute).deleteKeypair("c", "bob-id");
        verify(identity).get(IdentityKind.USER, "bob");
    }
}
