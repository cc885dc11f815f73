package dev.jos.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jos.parity.Lab;

/**
 * bash, zsh and fish completion as a person uses it: each shell in a tmux terminal with the
 * checked-in script, TAB on command words, options and live names from the lab.
 */
class CompletionIT {
    static final String USER = "jos-cmpl-" + UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    static Path home;

    static Map<String, String> env() {
        Map<String, String> env = new HashMap<>(Lab.adminRc());
        env.put("PATH", Lab.josHome().resolve("bin") + ":/usr/local/bin:/usr/bin:/bin");
        env.put("HOME", home.toString());
        env.put("TERM", "xterm");
        env.put("LANG", "C.UTF-8");
        return env;
    }

    static int jos(String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Lab.josCommand().get(0));
        pb.command().addAll(List.of(args));
        pb.environment().putAll(env());
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return p.exitValue();
    }

    @BeforeAll
    static void createUser() throws Exception {
        Lab.require();
        assertEquals(0, jos("user", "create", USER));
        assertEquals(0, jos("user", "list")); // the listing fills the name cache
    }

    @AfterAll
    static void deleteUser() throws Exception {
        jos("user", "delete", USER);
    }

    private void check(Tmux t, String typed, String expected) throws Exception {
        t.keys("C-u");
        t.type(typed);
        t.keys("Tab");
        // the space a completion adds shows once something follows it (the screen drops trailing blanks)
        t.type("#");
        t.await("'" + typed + "' to complete to '" + expected + "'", 30, s -> Tmux.lastLine(s).endsWith(expected + "#"));
    }

    private void checkAll(Tmux t) throws Exception {
        check(t, "jos fla", "$ jos flavor ");
        check(t, "jos flavor sh", "$ jos flavor show ");
        check(t, "jos server resize con", "$ jos server resize confirm ");
        check(t, "jos flavor list --sort-c", "$ jos flavor list --sort-column ");
        check(t, "jos --os-clo", "$ jos --os-cloud ");
        check(t, "jos flavor show mi", "$ jos flavor show mini ");
        check(t, "jos server create --image lab-i", "$ jos server create --image lab-image ");
        check(t, "jos server create --flavor mini --network inter", "$ jos server create --flavor mini --network internal ");
        check(t, "jos user show " + USER.substring(0, 12), "$ jos user show " + USER + " ");
        check(t, "jos role add --user " + USER.substring(0, 12), "$ jos role add --user " + USER + " ");
        check(t, "jos user list --domain Def", "$ jos user list --domain Default ");
        check(t, "jos server create --security-group defa", "$ jos server create --security-group default ");
    }

    /**
     * The second round: `jos` on PATH now fails, so live names can only come from the scripts'
     * own read of the name cache (the first round left its pointer).
     */
    private void checkWithoutJos(Tmux t, String setPath) throws Exception {
        Path bin = Files.createDirectories(home.resolve("broken-bin"));
        Path jos = bin.resolve("jos");
        Files.writeString(jos, "#!/bin/sh\nexit 1\n");
        jos.toFile().setExecutable(true);
        t.keys("C-u");
        t.type(setPath.replace("BIN", bin.toString()) + "; clear");
        t.keys("Enter");
        t.await("a prompt", 20, s -> s.strip().equals("$"));
        check(t, "jos flavor show mi", "$ jos flavor show mini ");
        check(t, "jos server create --flavor mini --network inter", "$ jos server create --flavor mini --network internal ");
        check(t, "jos user show " + USER.substring(0, 12), "$ jos user show " + USER + " ");
    }

    @Test
    void bash() throws Exception {
        try (Tmux t = new Tmux(env(), "bash --norc --noprofile")) {
            t.type("PS1='$ '; source " + Lab.josHome().resolve("completions/jos.bash") + "; clear");
            t.keys("Enter");
            t.await("a prompt", 20, s -> s.strip().equals("$"));
            checkAll(t);
            // a cloud that accepts and never answers: nothing, quietly, in about a second
            try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
                t.keys("C-u");
                t.type("jos --os-auth-url http://127.0.0.1:" + silent.getLocalPort() + "/v3 server show x");
                long start = System.nanoTime();
                t.keys("Tab");
                t.type("Y");
                String s = t.await("the line back", 30, sc -> Tmux.lastLine(sc).endsWith("server show xY"));
                long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertTrue(ms < 10_000, ms + " ms");
                assertFalse(s.contains("rror"), s);
            }
            checkWithoutJos(t, "PATH=BIN:$PATH");
        }
    }

    @Test
    void zsh() throws Exception {
        try (Tmux t = new Tmux(env(), "zsh -f")) {
            t.type("PROMPT='$ '; autoload -U compinit; compinit -u; source "
                    + Lab.josHome().resolve("completions/_jos") + "; clear");
            t.keys("Enter");
            t.await("a prompt", 20, s -> s.strip().equals("$"));
            checkAll(t);
            checkWithoutJos(t, "PATH=BIN:$PATH");
        }
    }

    @Test
    void fish() throws Exception {
        try (Tmux t = new Tmux(env(), "fish --no-config")) {
            t.type("set fish_greeting; function fish_prompt; echo -n '$ '; end; source "
                    + Lab.josHome().resolve("completions/jos.fish") + "; clear");
            t.keys("Enter");
            t.await("a prompt", 20, s -> s.strip().equals("$"));
            checkAll(t);
            checkWithoutJos(t, "set -x PATH BIN $PATH");
        }
    }
}
