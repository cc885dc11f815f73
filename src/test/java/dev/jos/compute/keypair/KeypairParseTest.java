package dev.jos.compute.keypair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** The keypair commands' options as argparse takes them; usage errors exit 2 before any cloud call. */
class KeypairParseTest {
    @TempDir
    Path home;

    private record Run(int rc, String out, String err) {
    }

    /** A cloud that cannot be reached: a usage error must come before any attempt. */
    private Run jos(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = Map.of("OS_AUTH_URL", "http://127.0.0.1:9/v3", "OS_USERNAME", "u",
                "OS_PASSWORD", "p", "OS_PROJECT_NAME", "p");
        int rc = Jos.run(args, new Context(env, new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(new byte[0]), home, home, () -> false));
        return new Run(rc, out.toString(), err.toString());
    }

    private void usageError(String message, String... args) {
        Run r = jos(args);
        assertEquals(2, r.rc(), r.err());
        assertTrue(r.err().endsWith(": error: " + message + "\n"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void createOptions() {
        KeypairCreate c = new KeypairCreate();
        new CommandLine(c).parseArgs("--public-key", "k.pub", "--type", "x509", "--user", "bob", "--user-domain", "d", "kp");
        assertEquals("kp", c.name);
        assertEquals("k.pub", c.publicKeyFile);
        assertNull(c.privateKeyFile);
        assertEquals("x509", c.type);
        assertEquals("bob", c.user);
        assertEquals("d", c.userDomain);
    }

    @Test
    void listAndShowAndDeleteOptions() {
        KeypairList l = new KeypairList();
        new CommandLine(l).parseArgs("--project", "p", "--project-domain", "d", "--marker", "m", "--limit", "3");
        assertEquals(List.of("p", "d", "m", 3), List.of(l.project, l.projectDomain, l.marker, l.limit));
        KeypairShow s = new KeypairShow();
        new CommandLine(s).parseArgs("--public-key", "--user", "u", "k");
        assertTrue(s.publicKeyOnly);
        assertEquals("k", s.name);
        KeypairDelete d = new KeypairDelete();
        new CommandLine(d).parseArgs("a", "b c", "--user", "u");
        assertEquals(List.of("a", "b c"), d.names);
    }

    @Test
    void usageErrorsExitTwo() {
        usageError("argument --type: invalid choice: 'rsa' (choose from 'ssh', 'x509')", "keypair", "create", "--type", "rsa", "k");
        usageError("argument --private-key: not allowed with argument --public-key",
                "keypair", "create", "--public-key", "a", "--private-key", "b", "k");
        usageError("the following arguments are required: <name>", "keypair", "create");
        usageError("the following arguments are required: <key>", "keypair", "delete");
        usageError("the following arguments are required: <key>", "keypair", "show");
        usageError("argument --limit: invalid int value: 'x'", "keypair", "list", "--limit", "x");
        usageError("argument --project: not allowed with argument --user", "keypair", "list", "--user", "u", "--project", "p");
        usageError("unrecognized arguments: --bogus", "keypair", "list", "--bogus");
    }
}
