package dev.jos.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
 * Ctrl-C during a command, history recall with Up (never a password), exit; and
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
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                Tmux t = new Tmux(env(), Lab.josCommand().get(0) + "; echo SHELL-ENDED $?; sleep 600")) {
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
            // Ctrl-C during a command: one whose identity service takes the request and never answers,
            // so the key surely lands while it runs (a server create --wait could end first)
            t.type("--os-auth-url http://127.0.0.1:" + silent.getLocalPort() + "/v3 user list");
            t.keys("Enter");
            t.await("the command's request to the silent service", 30, s -> accepted(silent));
            t.keys("C-c");
            t.await("the prompt after Ctrl-C", 30, s -> prompted(s) && s.lastIndexOf(" user list") < s.lastIndexOf(PROMPT.strip()));
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
            jos("user", "delete", user);
        }
    }

    /** Whether a client has connected to the socket (accepted here and kept open, never answered). */
    private final List<Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();

    private boolean accepted(ServerSocket silent) {
        try {
            silent.setSoTimeout(200);
            held.add(silent.accept());
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @org.junit.jupiter.api.AfterEach
    void release() throws java.io.IOException {
        for (Socket s : held) {
            s.close();
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
