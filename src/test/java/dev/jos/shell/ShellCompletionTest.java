package dev.jos.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jos.Context;
import dev.jos.FakeCloud;
import dev.jos.FakeCloud.Reply;
import dev.jos.Jos;
import dev.jos.cli.Commands;

/** Completion end to end in-process: a listing fills the name cache, `__complete` answers from it. */
class ShellCompletionTest {
    @TempDir
    Path root;

    private static final String USERS = "{\"users\": [{\"id\": \"u1\", \"name\": \"alice\", \"domain_id\": \"default\","
            + " \"enabled\": true}, {\"id\": \"u2\", \"name\": \"albert\", \"domain_id\": \"default\", \"enabled\": true}],"
            + " \"links\": {}}";

    private Map<String, String> env(FakeCloud cloud) {
        Map<String, String> env = new HashMap<>(cloud.env());
        env.remove("JOS_NO_TOKEN_CACHE");
        env.put("XDG_CACHE_HOME", root.resolve("cache").toString());
        return env;
    }

    private FakeCloud.Run run(Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Jos.run(args, new Context(env, new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), root, root, () -> false));
        return new FakeCloud.Run(rc, out.toString(), err.toString());
    }

    @Test
    void aListingFillsThePrivateNameCacheAndCompletionAnswersFromIt() throws Exception {
        try (FakeCloud cloud = new FakeCloud().respond(r -> Reply.json(200, USERS))) {
            Map<String, String> env = env(cloud);
            assertEquals(0, run(env, "", "user", "list").rc());
            Path names;
            try (Stream<Path> files = Files.walk(root.resolve("cache/jos/names"))) {
                names = files.filter(p -> p.getFileName().toString().equals("user")).findFirst().orElseThrow();
            }
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(names)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(names.getParent())));
            assertEquals("albert\nalice\n", Files.readString(names));
            int requests = cloud.calls().size();
            FakeCloud.Run r = run(env, "", "__complete", "user", "show", "ali");
            assertEquals("alice\n:4\n", r.out());
            assertEquals("", r.err());
            assertEquals(requests, cloud.calls().size(), "a warm cache asks nothing of the cloud");
            assertEquals("albert\nalice\n:4\n", run(env, "", "__complete", "role", "add", "--user", "").out());
            // a filtered listing is not all the names: the cache keeps the full one
            run(env, "", "user", "list", "--domain", "default");
            assertEquals("albert\nalice\n", Files.readString(names));

            // corrupt: ignored, then a cold completion lists again and replaces it
            Files.write(names, new byte[] {(byte) 0xff, 0, 1, 2});
            FakeCloud.Run cold = run(env, "", "__complete", "user", "delete", "");
            assertEquals("albert\nalice\n:4\n", cold.out());
            assertEquals("albert\nalice\n", Files.readString(names));
        }
    }

    @Test
    void completionNeverPromptsNorPrintsAnError() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("OS_AUTH_URL", "http://127.0.0.1:9/v3");
        env.put("OS_USERNAME", "u");
        env.put("OS_PROJECT_NAME", "p");
        env.put("XDG_CACHE_HOME", root.resolve("cache").toString());
        FakeCloud.Run r = run(env, "", "__complete", "server", "show", "");
        assertEquals(":4\n", r.out());
        assertEquals("", r.err());
        assertEquals(":4\n", run(Map.of(), "", "__complete", "server", "show", "--flavor", "").out());
    }

    @Test
    void wordsAndOptionsFollowCobrasProtocol() {
        Completer c = new Completer(new CompletionTree(Commands.registry()), (kind, g) -> List.of(kind + "-a", kind + "-b"));
        assertEquals("security\nserver\nsubnet\n:4\n", c.complete(List.of("s")).protocol());
        assertEquals(List.of("confirm", "revert", "server-a", "server-b"), c.complete(List.of("server", "resize", "")).candidates());
        assertEquals(List.of("--sort-column", "--sort-ascending", "--sort-descending"),
                c.complete(List.of("flavor", "list", "--sort")).candidates());
        assertEquals(List.of("flavor-a"), c.complete(List.of("server", "create", "--flavor", "flavor-a")).candidates());
        assertEquals(List.of("keypair-b"), c.complete(List.of("--os-cloud", "x", "server", "create", "--key-name", "keypair-b")).candidates());
        assertEquals(List.of("network-a", "network-b"), c.complete(List.of("server", "create", "--network", "n")).candidates());
        // a value that names nothing: no candidates, no files; a file value: the shell's files
        assertEquals(":4\n", c.complete(List.of("user", "create", "--email", "")).protocol());
        assertEquals(":0\n", c.complete(List.of("trace", "list", "")).protocol());
        assertEquals(List.of(), c.complete(List.of("user", "create", "")).candidates());
        assertEquals(List.of("user-a", "user-b"), c.complete(List.of("user", "delete", "user-a", "")).candidates());
        assertTrue(c.complete(List.of("--os-c")).candidates().containsAll(List.of("--os-cloud", "--os-cacert", "--os-cert")));
        assertTrue(c.complete(List.of("")).candidates().containsAll(List.of("help", "complete", "server", "user")));
    }

    @Test
    void theCheckedInScriptsAreTheOnesTheCommandsGenerate() throws Exception {
        CompletionTree tree = new CompletionTree(Commands.registry());
        for (Map.Entry<String, String> e : CompletionScripts.FILES.entrySet()) {
            String script = CompletionScripts.script(e.getKey(), tree);
            assertEquals(script, Files.readString(Path.of("completions").resolve(e.getValue())),
                    "completions/" + e.getValue() + " is stale: java -cp \"target/jos.jar:target/lib/*\" "
                            + "dev.jos.shell.CompletionScripts completions");
            assertTrue(script.length() < 100_000, e.getKey() + " script is " + script.length() + " bytes");
            assertTrue(script.contains("_jos_v_server_create") && script.contains("--flavor:flavor"), e.getKey());
            assertFalse(script.contains("@DATA@"));
        }
    }

    @Test
    void completeIsCliffsBashScript() {
        FakeCloud.Run r = run(Map.of(), "", "complete", "--shell", "none");
        assertEquals(0, r.rc());
        assertTrue(r.out().startsWith("  cmds='catalog complete flavor help image keypair network port project role router security server subnet token trace user'\n"), r.out());
        assertTrue(r.out().contains("\n  cmds_server_resize='-h --help --flavor --confirm --revert --wait confirm revert'\n"), r.out());
        assertTrue(r.out().contains("\n  cmds_complete='-h --help --name --shell'\n"));
        FakeCloud.Run bash = run(Map.of(), "", "complete", "--name", "my-jos");
        assertTrue(bash.out().startsWith("_my_jos()\n{\n"));
        assertTrue(bash.out().endsWith("}\ncomplete -F _my_jos my-jos\n"));
        FakeCloud.Run zsh = run(Map.of(), "", "complete", "--shell", "zsh");
        assertEquals(2, zsh.rc());
        assertTrue(zsh.err().endsWith("jos complete: error: argument --shell: invalid choice: 'zsh' (choose from 'bash', 'none')\n"), zsh.err());
    }

    @Test
    void pipedCommandsRunOneByOneAndAnErrorKeepsTheSession() throws Exception {
        try (FakeCloud cloud = new FakeCloud().respond(r -> Reply.json(200, USERS))) {
            Map<String, String> env = env(cloud);
            env.put("JOS_NO_TOKEN_CACHE", "1"); // the session's own token, not the cache's
            FakeCloud.Run r = run(env, "user list -f value -c Name\nzzzz command\n\"unclosed\nuser list -f value -c ID\nexit\nuser list\n");
            assertEquals(0, r.rc());
            assertTrue(r.out().startsWith("alice\nalbert\njos: 'zzzz command' is not a jos command."), r.out());
            assertTrue(r.out().endsWith("\nu1\nu2\n"), r.out());
            assertTrue(r.err().contains("Invalid syntax: No closing quotation"), r.err());
            assertEquals(1, cloud.logins(), "one login for the session");
        }
    }
}
