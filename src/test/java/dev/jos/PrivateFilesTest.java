package dev.jos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jos.FakeCloud.Reply;
import dev.jos.FakeCloud.Run;

/** The token cache and the --record file are the user's alone, whatever the umask or what was there. */
class PrivateFilesTest {
    @TempDir
    Path root;

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private Run run(FakeCloud cloud, Map<String, String> extra, String... args) {
        Map<String, String> env = new java.util.HashMap<>(cloud.env());
        env.remove("JOS_NO_TOKEN_CACHE");
        env.putAll(extra);
        return FakeCloud.run(env, root, args);
    }

    private static FakeCloud cloud() throws Exception {
        return new FakeCloud().respond(r -> Reply.json(200, "{\"users\": []}"));
    }

    @Test
    void everyCreatedCacheDirectoryIs0700() throws Exception {
        try (FakeCloud cloud = cloud()) {
            Path cache = root.resolve("new").resolve("cache");
            Run r = run(cloud, Map.of("XDG_CACHE_HOME", cache.toString()), "user", "list");
            assertEquals(0, r.rc(), r.err());
            for (Path d : new Path[] {root.resolve("new"), cache, cache.resolve("jos"), cache.resolve("jos/tokens")}) {
                assertEquals("rwx------", mode(d), d.toString());
            }
        }
    }

    @Test
    void aCacheDirectoryOthersCanWriteIsRefusedWithAWarning() throws Exception {
        try (FakeCloud cloud = cloud()) {
            Path tokens = Files.createDirectories(root.resolve("c/jos/tokens"));
            Files.setPosixFilePermissions(tokens, PosixFilePermissions.fromString("rwxrwxrwx"));
            Run r = run(cloud, Map.of("XDG_CACHE_HOME", root.resolve("c").toString()), "user", "list");
            assertEquals(0, r.rc(), r.err());
            assertEquals("Not using the token cache: " + tokens + " can be written by other users (chmod 700 "
                    + tokens + " to use it again)\n", r.err());
            try (var files = Files.list(tokens)) {
                assertEquals(0, files.count());
            }
        }
    }

    @Test
    void aCacheDirectoryOthersCanReadIsTightened() throws Exception {
        try (FakeCloud cloud = cloud()) {
            Path tokens = Files.createDirectories(root.resolve("c/jos/tokens"));
            Files.setPosixFilePermissions(tokens, PosixFilePermissions.fromString("rwxr-xr-x"));
            Run r = run(cloud, Map.of("XDG_CACHE_HOME", root.resolve("c").toString()), "user", "list");
            assertEquals("", r.err());
            assertEquals("rwx------", mode(tokens));
        }
    }

    @Test
    void anExistingRecordFileIsTightenedAndAMissingDirectoryIsExplained() throws Exception {
        try (FakeCloud cloud = cloud()) {
            Path record = Files.writeString(root.resolve("rec.jsonl"), "");
            Files.setPosixFilePermissions(record, PosixFilePermissions.fromString("rw-r--r--"));
            Run r = run(cloud, Map.of("JOS_NO_TOKEN_CACHE", "1"), "--record", record.toString(), "user", "list");
            assertEquals(0, r.rc(), r.err());
            assertEquals("rw-------", mode(record));
            assertTrue(Files.size(record) > 0);
            Run missing = run(cloud, Map.of("JOS_NO_TOKEN_CACHE", "1"), "--record", "nodir/rec.jsonl", "user", "list");
            assertEquals(1, missing.rc());
            assertEquals("Cannot open record file nodir/rec.jsonl: No such file or directory\n", missing.err());
        }
    }
}
