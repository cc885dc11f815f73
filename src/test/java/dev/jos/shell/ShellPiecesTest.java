package dev.jos.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellPiecesTest {
    @TempDir
    Path root;

    @Test
    void shlexSplitsAsPython() {
        assertEquals(List.of("user", "create", "a b", "--description", "it's", "x\"y", "", "a\\b"),
                Shlex.split("user create 'a b' --description \"it's\" x\\\"y '' \"a\\\\b\""));
        assertEquals(List.of("ab"), Shlex.split("a'b'"));
        assertEquals(List.of(), Shlex.split("   "));
        assertEquals("No closing quotation", assertThrows(IllegalArgumentException.class, () -> Shlex.split("a 'b")).getMessage());
        assertEquals("No escaped character", assertThrows(IllegalArgumentException.class, () -> Shlex.split("a \\")).getMessage());
    }

    @Test
    void historyNeverStoresASecret() throws Exception {
        HistoryFile h = new HistoryFile(root.resolve("state/jos/history"));
        assertTrue(h.append("user list"));
        for (String secret : List.of("user create --password s3cret bob", "user set --password=s3cret bob",
                "--os-password x user list", "user create --pass s3cret bob", "--os-token abc token issue",
                "user create bob --password 'unclosed s3cret", "foo\u0007bar")) {
            assertFalse(h.append(secret), secret);
        }
        assertTrue(h.append("user create --password-prompt bob"));
        assertEquals(List.of("user list", "user create --password-prompt bob"), h.load());
        assertFalse(Files.readString(root.resolve("state/jos/history")).contains("s3cret"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("state/jos/history"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("state/jos"))));
    }

    @Test
    void aCorruptHistoryIsReadAsFarAsItGoesAndNeverRewritten() throws Exception {
        Path file = root.resolve("history");
        byte[] corrupt = {'a', '\n', (byte) 0xff, (byte) 0xfe, '\n', 0, 1, '\n', 'b', '\n'};
        Files.write(file, corrupt);
        HistoryFile h = new HistoryFile(file);
        assertEquals(List.of("a", "b"), h.load());
        assertTrue(h.append("c"));
        byte[] now = Files.readAllBytes(file);
        assertEquals(corrupt.length + 2, now.length);
        assertEquals(List.of("a", "b", "c"), h.load());
    }

    @Test
    void historyLivesUnderTheXdgStateDirectory() {
        assertEquals(Path.of("/s/jos/history"), HistoryFile.defaultPath(Map.of("XDG_STATE_HOME", "/s"), Path.of("/h")));
        assertEquals(Path.of("/h/.local/state/jos/history"), HistoryFile.defaultPath(Map.of(), Path.of("/h")));
    }

    @Test
    void jlineRunsTheSystemsTerminalCommandsNotWhatPathFindsFirst() {
        assertEquals("/usr/bin/test", dev.jos.cli.JLineCommands.systemCopy("test"));
        assertEquals("/usr/bin/stty", dev.jos.cli.JLineCommands.systemCopy("/work/checkout/bin/stty"));
        assertEquals("/opt/x/no-such-command-here", dev.jos.cli.JLineCommands.systemCopy("/opt/x/no-such-command-here"));
        assertEquals("no-such-command-here", dev.jos.cli.JLineCommands.systemCopy("no-such-command-here"));
        dev.jos.cli.JLineCommands.useSystemCopies();
        for (String c : new String[] {org.jline.utils.OSUtils.TEST_COMMAND, org.jline.utils.OSUtils.STTY_COMMAND,
                org.jline.utils.OSUtils.TTY_COMMAND}) {
            assertTrue(c.startsWith("/usr/bin/") || c.startsWith("/bin/"), c);
        }
    }

    @Test
    void aCorruptNameFileIsIgnored() throws Exception {
        dev.jos.session.NameCacheAccess.check(root);
    }
}
