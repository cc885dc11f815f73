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

    /** Runs bash with completions/jos.bash sourced and a `jos` on PATH that only logs its calls. */
    private String bash(Map<String, String> env, String script) throws Exception {
        Path bin = Files.createDirectories(root.resolve("bin"));
        Files.writeString(bin.resolve("jos"), "#!/bin/sh\necho \"$JOS_COMPLETE_KEY $*\" >> " + root.resolve("jos-calls") + "\n");
        bin.resolve("jos").toFile().setExecutable(true);
        ProcessBuilder pb = new ProcessBuilder("bash", "--norc", "--noprofile", "-c",
                "source " + Path.of("completions/jos.bash").toAbsolutePath() + "\n"
                        + "comp() { COMP_WORDS=(\"$@\"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _jos;"
                        + " echo \"${COMPREPLY[*]}|$_jos_ckey\"; }\n" + script);
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.environment().put("HOME", root.toString());
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        pb.directory(root.toFile()).redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    private List<String> josCalls() throws Exception {
        Path log = root.resolve("jos-calls");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    @Test
    void theScriptsReadTheNameCacheThroughThePointerJosLeavesWithoutStartingJos() throws Exception {
        try (FakeCloud cloud = new FakeCloud().respond(r -> Reply.json(200, USERS))) {
            Map<String, String> env = env(cloud);
            env.put("OS_PASSWORD", "first-secret");
            assertEquals(0, run(env, "", "user", "list").rc());
            // no pointer yet: the script asks jos, with its key for this environment
            String miss = bash(env, "comp jos user show al");
            String key = miss.strip().substring(miss.strip().indexOf('|') + 1);
            assertTrue(key.matches("[0-9]+-[0-9]+"), miss);
            assertEquals(List.of(key + " __complete user show al"), josCalls());
            // jos answers and leaves the pointer (0600): the cache's directory, no secret
            env.put(LiveNames.SHELL_KEY_VARIABLE, key);
            assertEquals("albert\nalice\n:4\n", run(env, "", "__complete", "user", "show", "al").out());
            Path pointer = root.resolve("cache/jos/names/env").resolve(key);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(pointer)));
            String dir = Files.readAllLines(pointer).get(0);
            assertTrue(Files.isRegularFile(root.resolve("cache/jos/names").resolve(dir).resolve("user")), dir);
            assertFalse(Files.readString(pointer).contains("secret"));
            env.remove(LiveNames.SHELL_KEY_VARIABLE);

            // now the names come from the cache, jos is not started; a new password is the same cloud
            Files.delete(root.resolve("jos-calls"));
            env.put("OS_PASSWORD", "second-secret");
            assertEquals("albert alice|" + key + "\nalice|" + key + "\n",
                    bash(env, "comp jos user show al\ncomp jos role add --user alic"));
            assertEquals(List.of(), josCalls());
            // global options, another project, or a clouds.yaml here: jos decides
            bash(env, "comp jos --os-cloud x user show al");
            env.put("OS_PROJECT_NAME", "other");
            bash(env, "comp jos user show al");
            env.remove("OS_PROJECT_NAME");
            Files.writeString(root.resolve("clouds.yaml"), "clouds: {}\n");
            bash(env, "comp jos user show al");
            List<String> calls = josCalls();
            assertEquals(3, calls.size(), calls.toString());
            assertTrue(calls.get(0).startsWith(" __complete --os-cloud x user show al"), calls.get(0));
            assertFalse(calls.get(1).startsWith(key + " "), calls.get(1));
            assertFalse(calls.get(2).startsWith(key + " "), calls.get(2));
        }
    }

    @Test
    void aPointerIsNotTrustedOnceAConfigFileItNamesChanged() throws Exception {
        try (FakeCloud cloud = new FakeCloud().respond(r -> Reply.json(200, USERS))) {
            Map<String, String> env = env(cloud);
            assertEquals(0, run(env, "", "user", "list").rc());
            String out = bash(env, "comp jos user show al");
            String key = out.strip().substring(out.strip().indexOf('|') + 1);
            Path config = Files.createDirectories(root.resolve(".config/openstack")).resolve("clouds.yaml");
            Files.writeString(config, "clouds: {}\n");
            env.put(LiveNames.SHELL_KEY_VARIABLE, key);
            run(env, "", "__complete", "user", "show", "al");
            env.remove(LiveNames.SHELL_KEY_VARIABLE);
            Path pointer = root.resolve("cache/jos/names/env").resolve(key);
            assertEquals(config.toString(), Files.readAllLines(pointer).get(1));
            Files.delete(root.resolve("jos-calls"));
            assertEquals("albert alice|" + key + "\n", bash(env, "comp jos user show al"));
            assertEquals(List.of(), josCalls());
            Files.setLastModifiedTime(config, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
            bash(env, "comp jos user show al");
            assertEquals(1, josCalls().size(), "a newer clouds.yaml sends the completion to jos");
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
        // kinds named by more than one word, and resources of their own under a listed kind's word
        assertEquals(List.of("security-group-a", "security-group-b"), c.complete(List.of("security", "group", "show", "")).candidates());
        assertEquals(List.of("security-group-a"), c.complete(List.of("server", "create", "--security-group", "security-group-a")).candidates());
        assertEquals(List.of("port-a", "port-b"), c.complete(List.of("port", "delete", "")).candidates());
        assertEquals(List.of("router-a", "router-b"), c.complete(List.of("router", "add", "subnet", "")).candidates());
        assertEquals(List.of(), c.complete(List.of("server", "group", "show", "")).candidates());
        assertEquals(List.of(), c.complete(List.of("network", "agent", "show", "")).candidates());
        assertEquals(List.of("security", "group", "list"), CompletionTree.listCommand("security-group"));
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
        // cliff's first line: every top-level word (and help), sorted
        java.util.TreeSet<String> words = new java.util.TreeSet<>(List.of("help"));
        Commands.registry().entries().forEach(e -> words.add(e.words().get(0)));
        assertTrue(words.containsAll(List.of("catalog", "complete", "server", "user")), words.toString());
        assertTrue(r.out().startsWith("  cmds='" + String.join(" ", words) + "'\n"), r.out());
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
