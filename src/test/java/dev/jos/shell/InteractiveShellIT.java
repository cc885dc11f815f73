package dev.jos.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jos.parity.Lab;

/**
 * `jos` with no arguments in a real terminal (tmux): create and list, TAB, an unknown command,
 * Ctrl-C during `server create --wait`, history recall with Up (never a password), exit; and
 * commands piped to stdin as OSC reads them.
 */
class InteractiveShellIT {
    static final String PROMPT = "(jos) ";

    @TempDir
    Path home;

    /**
     * PATH starts with decoys of the commands JLine runs (as a checkout's bin/ with its `test`
     * script did): each leaves a mark, and the session must leave none.
     */
    private Map<String, String> env() throws java.io.IOException {
        Path decoys = Files.createDirectories(home.resolve("decoys"));
        for (String name : List.of("test", "stty", "tty", "infocmp")) {
            Path f = decoys.resolve(name);
            Files.writeString(f, "#!/bin/sh\necho \"$0 $*\" >> " + home.resolve("decoys-ran") + "\nexit 1\n");
            f.toFile().setExecutable(true);
        }
        Map<String, String> env = new HashMap<>(Lab.adminRc());
        env.put("PATH", decoys + ":/usr/local/bin:/usr/bin:/bin");
        env.put("HOME", home.toString());
        env.put("TERM", "xterm");
        env.put("LANG", "C.UTF-8");
        return env;
    }

    private String jos(String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Lab.josCommand().get(0));
        pb.command().addAll(List.of(args));
        pb.environment().putAll(env());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        return out;
    }

    private static boolean prompted(String screen) {
        return Tmux.lastLine(screen).equals(PROMPT.strip());
    }

    @Test
    void aSessionAtATerminal() throws Exception {
        Lab.require();
        String id = UUID.randomUUID().toString().substring(0, 8);
        String user = "jos-sh-" + id;
        String server = "jos-sh-vm-" + id;
        try (Tmux t = new Tmux(env(), Lab.josCommand().get(0) + "; echo SHELL-ENDED $?; sleep 600")) {
            t.await("the prompt (the first start makes the shell's class-data archive)", 120, InteractiveShellIT::prompted);
            t.type("user create " + user);
            t.keys("Enter");
            t.await("the new user", 60, s -> s.contains("| name                | " + user) && prompted(s));
            t.type("user list -f value -c Name");
            t.keys("Enter");
            t.await("the user listed", 60, s -> s.contains("\n" + user + "\n") && prompted(s));
            // TAB: a word, then the name the listing just cached
            t.type("user sh");
            t.keys("Tab");
            t.type(user.substring(0, 12));
            t.keys("Tab");
            t.await("the user's name completed", 30, s -> Tmux.lastLine(s).equals(PROMPT + "user show " + user));
            t.keys("C-u");
            t.type("nosuch-command");
            t.keys("Enter");
            t.await("the unknown command's message, and the prompt", 30,
                    s -> s.contains("'nosuch-command' is not a jos command") && prompted(s));
            t.type("user set --password s3cret-" + id + " " + user);
            t.keys("Enter");
            t.await("the prompt after user set", 60, s -> s.contains("user set --password") && prompted(s));
            // Ctrl-C during a --wait: the command stops, the session stays
            t.type("server create --flavor mini --image lab-image --network internal --wait " + server);
            t.keys("Enter");
            Thread.sleep(3000);
            t.keys("C-c");
            t.await("the prompt after Ctrl-C", 30, s -> prompted(s) && s.lastIndexOf(PROMPT + "server create") < s.lastIndexOf(PROMPT.strip()));
            t.type("user show " + user + " -f value -c name");
            t.keys("Enter");
            t.await("the session alive after Ctrl-C", 60, s -> s.contains("\n" + user + "\n" + PROMPT.strip()));
            // history: Up recalls the last line; the password line was never kept
            t.keys("Up");
            t.await("the last line recalled", 10, s -> Tmux.lastLine(s).equals(PROMPT + "user show " + user + " -f value -c name"));
            t.keys("Up", "Up");
            t.await("the line before the password line", 10, s -> Tmux.lastLine(s).startsWith(PROMPT + "nosuch-command"));
            t.keys("C-u");
            t.type("exit");
            t.keys("Enter");
            t.await("the shell to end", 30, s -> s.contains("SHELL-ENDED 0"));
            Path history = home.resolve(".local/state/jos/history");
            String kept = Files.readString(history);
            assertTrue(kept.contains("user create " + user + "\n"), kept);
            assertFalse(kept.contains("s3cret"), kept);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
            assertFalse(Files.exists(home.resolve("decoys-ran")), "JLine ran a command found on PATH");
        } finally {
            deleteServer(server);
            jos("user", "delete", user);
        }
        assertFalse(jos("server", "list", "-f", "value", "-c", "Name").contains(server), "the cancelled server is gone");
    }

    /** nova goes on with a create whose client left mid-request: the server may appear late. */
    private void deleteServer(String server) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        int absent = 0;
        while (System.nanoTime() < end && absent < 3) {
            if (jos("server", "list", "-f", "value", "-c", "Name").contains(server)) {
                absent = 0;
                jos("server", "delete", "--wait", server);
            } else {
                absent++;
                Thread.sleep(3000);
            }
        }
    }

    @Test
    void commandsFromAPipe() throws Exception {
        Lab.require();
        Files.createDirectories(home.resolve(".local/state/jos"));
        Files.write(home.resolve(".local/state/jos/history"), new byte[] {(byte) 0xff, 0, '\n'});
        ProcessBuilder pb = new ProcessBuilder(Lab.josCommand().get(0));
        pb.environment().putAll(env());
        Process p = pb.start();
        p.getOutputStream().write("flavor show mini -f value -c name\nno such\nflavor show mini -f value -c name\n".getBytes());
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes());
        String err = new String(p.getErrorStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertTrue(out.startsWith("mini\njos: 'no such' is not a jos command."), out);
        assertTrue(out.endsWith("\nmini\n"), out);
        assertEquals("", err);
    }
}
