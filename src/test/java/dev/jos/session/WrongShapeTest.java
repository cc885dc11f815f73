package dev.jos.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jos.FakeCloud;
import dev.jos.FakeCloud.Reply;
import dev.jos.FakeCloud.Run;

/** Replies of the wrong shape: one clear line naming the URL, exit 1, no Java text. */
class WrongShapeTest {
    @TempDir
    Path home;

    private Run listUsersAnswered(FakeCloud cloud, Reply reply, String... args) {
        cloud.respond(r -> r.method().equals("GET") && r.target().startsWith("/v3/users") ? reply : null);
        return FakeCloud.run(cloud.env(), home, args);
    }

    @Test
    void wrongShapesAreOneLineNamingTheUrl() throws Exception {
        try (FakeCloud cloud = new FakeCloud()) {
            String users = cloud.url("/v3/users");
            assertOneLine(listUsersAnswered(cloud, Reply.json(200, "{\"users\": null}"), "user", "list"),
                    "Unexpected response from " + users + ": no \"users\" list");
            assertOneLine(listUsersAnswered(cloud, Reply.json(200, "{\"users\": [\"x\"]}"), "user", "list"),
                    "Unexpected response from " + users + ": an item of \"users\" is not an object");
            assertOneLine(listUsersAnswered(cloud, Reply.json(200, "not json {"), "user", "list"),
                    "Invalid JSON in response from " + users);
            assertOneLine(listUsersAnswered(cloud, Reply.json(200, ""), "user", "list"),
                    "Unexpected response from " + users + ": no \"users\" list");
            // get by id: a string where the object should be, an empty 200
            assertOneLine(listUsersAnswered(cloud, Reply.json(200, "{\"user\": \"x\"}"), "user", "set", "--email", "e", "u1"),
                    "Unexpected response from " + users + "/u1: no \"user\" object");
            assertOneLine(listUsersAnswered(cloud, new Reply(200, null, ""), "user", "set", "--email", "e", "u1"),
                    "Unexpected response from " + users + "/u1: empty body");
        }
    }

    @Test
    void anAuthUrlWithoutSchemeIsNamed() {
        Run r = FakeCloud.run(Map.of("OS_AUTH_URL", "127.0.0.1:5000/v3", "OS_USERNAME", "u", "OS_PASSWORD", "p",
                "OS_PROJECT_NAME", "p", "JOS_NO_TOKEN_CACHE", "1"), home, "user", "list");
        assertOneLine(r, "Invalid auth URL '127.0.0.1:5000/v3': it must be an http:// or https:// URL");
    }

    private static void assertOneLine(Run r, String expected) {
        assertEquals(1, r.rc(), r.err());
        assertEquals(expected + "\n", r.err());
        assertEquals("", r.out());
    }
}
