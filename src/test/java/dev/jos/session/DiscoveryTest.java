package dev.jos.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jos.FakeCloud;
import dev.jos.FakeCloud.Reply;
import dev.jos.FakeCloud.Run;

/** Discovery on a versionless auth URL fails with keystoneauth's words, not the JSON parser's. */
class DiscoveryTest {
    @TempDir
    Path home;

    private Run versionless(FakeCloud cloud) {
        Map<String, String> env = new java.util.HashMap<>(cloud.env());
        env.put("OS_AUTH_URL", cloud.url(""));
        return FakeCloud.run(env, home, "user", "list");
    }

    private static String failed(FakeCloud cloud, String why) {
        return "Failed to discover available identity versions when contacting " + cloud.url("")
                + ". Attempting to parse version from URL.\n" + Authenticator.NO_VERSIONED_ENDPOINTS + " " + why + "\n";
    }

    @Test
    void aReplyThatIsNotJsonIsBadVersionData() throws Exception {
        try (FakeCloud cloud = new FakeCloud()) {
            cloud.respond(r -> new Reply(200, "text/html", "<html><body>Welcome to our web server, nothing to see</body></html>"));
            Run r = versionless(cloud);
            assertEquals(1, r.rc());
            assertEquals(failed(cloud, "Invalid Response - Bad version data returned: "
                    + "<html><body>Welcome to our web server, nothing to ..."), r.err());
        }
    }

    @Test
    void anErrorStatusIsNamedAfterTheWarning() throws Exception {
        try (FakeCloud cloud = new FakeCloud()) {
            cloud.respond(r -> new Reply(503, null, ""));
            Run r = versionless(cloud);
            assertEquals(1, r.rc());
            assertEquals(failed(cloud, "Service Unavailable (HTTP 503)"), r.err());
        }
    }

    @Test
    void versionDataWithoutV3IsRefused() throws Exception {
        try (FakeCloud cloud = new FakeCloud()) {
            cloud.respond(r -> Reply.json(300, "{\"versions\": {\"values\": [{\"id\": \"v2.0\", \"links\": []}]}}"));
            Run r = versionless(cloud);
            assertEquals(1, r.rc());
            assertEquals(Authenticator.NO_VERSIONED_ENDPOINTS + "\n", r.err());
        }
    }

    @Test
    void aGoodVersionDocumentStillWorks() throws Exception {
        try (FakeCloud cloud = new FakeCloud()) {
            cloud.respond(r -> r.target().equals("/") ? Reply.json(300, "{\"versions\": {\"values\": [{\"id\": \"v3.14\","
                    + " \"links\": [{\"rel\": \"self\", \"href\": \"" + cloud.url("/v3/") + "\"}]}]}}")
                    : Reply.json(200, "{\"users\": []}"));
            Run r = versionless(cloud);
            assertEquals("", r.err());
            assertEquals(0, r.rc());
        }
    }
}
