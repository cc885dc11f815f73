package dev.jos.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jos.FakeCloud;
import dev.jos.FakeCloud.Reply;
import dev.jos.FakeCloud.Run;

/**
 * Names and ids in URL paths, seen by a fake keystone as they arrive: each is exactly one
 * percent-encoded segment, so spaces, slashes and dot segments never change the path.
 */
class PathEncodingTest {
    @TempDir
    Path home;

    private static final String USER = "{\"user\": {\"id\": \"u1\", \"name\": \"a b\", \"domain_id\": \"default\", \"enabled\": true}}";

    @Test
    void aNameWithASpaceIsOneEncodedSegmentAndTheUserIsFound() throws Exception {
        try (FakeCloud cloud = new FakeCloud()) {
            cloud.respond(r -> r.target().equals("/v3/users?name=a+b")
                    ? Reply.json(200, "{\"users\": [" + USER.substring(9, USER.length() - 1) + "]}") : null);
            Run run = FakeCloud.run(cloud.env(), home, "user", "show", "-f", "value", "-c", "name", "a b");
            assertEquals("", run.err());
            assertEquals(0, run.rc());
            assertEquals("a b\n", run.out());
            assertEquals(List.of("GET /v3/users/a%20b", "GET /v3/users?name=a+b"), cloud.calls());
        }
    }

    @Test
    void slashesDotsNewlinesAndTabsStayInsideTheirSegment() throws Exception {
        try (FakeCloud cloud = new FakeCloud()) {
            cloud.respond(r -> r.target().startsWith("/v3/users?name=") ? Reply.json(200, "{\"users\": []}") : null);
            for (String name : List.of("../users/u1", "..", ".", "a\nb", "a\tb", "a?b#c")) {
                cloud.requests.clear();
                Run run = FakeCloud.run(cloud.env(), home, "user", "show", name);
                assertEquals(1, run.rc(), name);
                assertEquals("No user with a name or ID of '" + name + "' exists.\n", run.err(), name);
                String first = cloud.calls().get(0);
                assertTrue(first.startsWith("GET /v3/users/") && first.indexOf('/', 14) < 0, first);
            }
            cloud.requests.clear();
            FakeCloud.run(cloud.env(), home, "user", "show", "../users/u1");
            assertEquals("GET /v3/users/..%2Fusers%2Fu1", cloud.calls().get(0));
            cloud.requests.clear();
            FakeCloud.run(cloud.env(), home, "user", "show", "..");
            assertEquals("GET /v3/users/%2E%2E", cloud.calls().get(0));
        }
    }

    @Test
    void deleteSetAndRoleGrantsEncodeEverySegment() throws Exception {
        try (FakeCloud cloud = new FakeCloud()) {
            cloud.respond(r -> {
                if (r.method().equals("GET") && r.target().equals("/v3/users/a%20b")) {
                    return Reply.json(200, USER.replace("\"u1\"", "\"id/../x y\""));
                }
                if (r.method().equals("GET") && r.target().startsWith("/v3/roles/r%201")) {
                    return Reply.json(200, "{\"role\": {\"id\": \"r 1\", \"name\": \"r 1\"}}");
                }
                if (r.method().equals("GET") && r.target().startsWith("/v3/projects/p%2F1")) {
                    return Reply.json(200, "{\"project\": {\"id\": \"p/1\", \"name\": \"p/1\"}}");
                }
                if (r.method().equals("PATCH")) {
                    return Reply.json(200, USER);
                }
                return r.method().equals("DELETE") || r.method().equals("PUT") ? new Reply(204, null, "") : null;
            });
            assertEquals(0, FakeCloud.run(cloud.env(), home, "user", "delete", "a b").rc());
            assertEquals(0, FakeCloud.run(cloud.env(), home, "user", "set", "--email", "e", "a b").rc());
            assertEquals(0, FakeCloud.run(cloud.env(), home, "role", "add", "--user", "a b", "--project", "p/1", "r 1").rc());
            assertEquals(0, FakeCloud.run(cloud.env(), home, "role", "remove", "--user", "a b", "--project", "p/1",
                    "--inherited", "r 1").rc());
            List<String> writes = cloud.calls().stream().filter(c -> !c.startsWith("GET")).toList();
            assertEquals(List.of("DELETE /v3/users/id%2F..%2Fx%20y",
                    "PATCH /v3/users/id%2F..%2Fx%20y",
                    "PUT /v3/projects/p%2F1/users/id%2F..%2Fx%20y/roles/r%201",
                    "DELETE /v3/OS-INHERIT/projects/p%2F1/users/id%2F..%2Fx%20y/roles/r%201/inherited_to_projects"),
                    writes);
        }
    }

    @Test
    void subCollectionsEncodeTheirIds() throws Exception {
        try (FakeCloud cloud = new FakeCloud()) {
            cloud.respond(r -> {
                if (r.target().startsWith("/v3/groups/g%201")) {
                    return r.target().endsWith("/users") ? Reply.json(200, "{\"users\": []}")
                            : Reply.json(200, "{\"group\": {\"id\": \"g 1\", \"name\": \"g 1\"}}");
                }
                if (r.target().startsWith("/v3/users/x%2Fy")) {
                    return r.target().endsWith("/projects") ? Reply.json(200, "{\"projects\": []}")
                            : Reply.json(200, "{\"user\": {\"id\": \"x/y\", \"name\": \"x/y\"}}");
                }
                return null;
            });
            assertEquals(0, FakeCloud.run(cloud.env(), home, "user", "list", "--group", "g 1").rc());
            assertEquals(0, FakeCloud.run(cloud.env(), home, "project", "list", "--user", "x/y").rc());
            assertTrue(cloud.calls().contains("GET /v3/groups/g%201/users"), cloud.calls().toString());
            assertTrue(cloud.calls().contains("GET /v3/users/x%2Fy/projects"), cloud.calls().toString());
        }
    }
}
