package dev.jos.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** NameCache's package-private parts, for the shell's tests. */
public final class NameCacheAccess {
    private NameCacheAccess() {
    }

    public static void check(Path root) throws Exception {
        NameCache c = new NameCache(root.resolve("names/abc"));
        c.write("flavor", List.of("mini", "big", "mini", "bad\nname"));
        assertEquals(List.of("big", "mini"), c.read("flavor").orElseThrow().names());
        Files.write(root.resolve("names/abc/flavor"), new byte[] {'o', 'k', '\n', (byte) 0xc3});
        assertTrue(c.read("flavor").isEmpty());
        Files.write(root.resolve("names/abc/flavor"), new byte[] {'o', 'k', '\n', 0x1b, '[', '\n'});
        assertTrue(c.read("flavor").isEmpty());
        Files.createDirectory(root.resolve("names/abc/image"));
        assertTrue(c.read("image").isEmpty());
        assertTrue(c.claimRefresh("flavor"));
        assertTrue(!c.claimRefresh("flavor"), "one refresh at a time");
    }
}
