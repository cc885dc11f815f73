package dev.jos.compute.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jos.Context;
import dev.jos.Jos;
import picocli.CommandLine;

/** The server operations' arguments as argparse takes them; usage errors exit 2 before any cloud call. */
class ServerOperationsParseTest {
    @TempDir
    Path home;

    private int jos(StringWriter err, String... args) {
        Map<String, String> env = Map.of("OS_AUTH_URL", "http://127.0.0.1:9/v3", "OS_USERNAME", "u", "OS_PASSWORD", "p",
                "OS_PROJECT_NAME", "p");
        return Jos.run(args, new Context(env, new PrintWriter(new StringWriter()), new PrintWriter(err),
                new ByteArrayInputStream(new byte[0]), home, home, () -> false));
    }

    private void usageError(String message, String... args) {
        StringWriter err = new StringWriter();
        assertEquals(2, jos(err, args), err.toString());
        assertTrue(err.toString().endsWith(": error: " + message + "\n"), err.toString());
    }

    @Test
    void exclusiveGroupsAndChoicesAreUsageErrors() {
        usageError("argument --block-migration: not allowed with argument --shared-migration",
                "server", "migrate", "--shared-migration", "--block-migration", "vm");
        usageError("argument --no-key-name: not allowed with argument --key-name", "server", "rebuild", "--key-name", "k", "--no-key-name", "vm");
        usageError("argument --spice: not allowed with argument --rdp", "console", "url", "show", "--rdp", "--spice", "vm");
        usageError("argument --policy: invalid choice: 'x' (choose from 'affinity', 'anti-affinity', 'soft-affinity', 'soft-anti-affinity')",
                "server", "group", "create", "--policy", "x", "g");
        usageError("argument --lines: invalid int value: 'x'", "console", "log", "show", "--lines", "x", "vm");
        usageError("the following arguments are required: <network>", "server", "add", "network", "vm");
        usageError("the following arguments are required: <request-id>", "server", "event", "show", "vm");
    }

    @Test
    void optionsLandInTheirFields() {
        ServerRebuild r = new ServerRebuild();
        new CommandLine(r).parseArgs("--image", "i", "--property", "a=b", "--property", "c=d", "--key-unset", "--trusted-image-cert", "t1",
                "--trusted-image-cert", "t2", "--wait", "vm");
        assertEquals(List.of("a=b", "c=d"), r.properties);
        assertTrue(r.noKeyName && r.await);
        assertEquals(List.of("t1", "t2"), r.trustedImageCerts);
        ServerShelve s = new ServerShelve();
        new CommandLine(s).parseArgs("--offload", "a", "b");
        assertEquals(List.of("a", "b"), s.servers);
        ServerMigrate m = new ServerMigrate();
        new CommandLine(m).parseArgs("--live-migration", "--host", "h", "--no-disk-overcommit", "vm");
        assertTrue(m.live && m.noDiskOvercommit && !m.diskOvercommit);
        assertEquals("h", m.host);
    }
}
