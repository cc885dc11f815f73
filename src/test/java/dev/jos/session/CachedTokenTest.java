package dev.jos.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.spy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jos.FakeCloud;
import dev.jos.FakeCloud.Reply;
import dev.jos.http.Transport;
import dev.jos.json.Json;
import dev.jos.session.config.CloudConfig;
import dev.jos.session.config.ConfigLoader;

/** The token cache from the session's side: entries it cannot use, tokens the cloud rejected. */
class CachedTokenTest {
    @TempDir
    Path root;

    private CloudConfig config(FakeCloud cloud) throws Exception {
        Map<String, String> env = cloud.env();
        return new ConfigLoader(root.resolve("sys")).load(env, Map.of(), root, root);
    }

    private static AuthToken token(String id, String body) throws Exception {
        return new AuthToken(id, Json.parse(body).get("token"), null);
    }

    @Test
    void aRejectedTokenIsNeverUsedAgainEvenWhenTheCacheCannotForgetIt() throws Exception {
        try (FakeCloud cloud = new FakeCloud()) {
            cloud.respond(r -> "revoked".equals(r.token()) ? Reply.json(401, "{\"error\": {\"message\": \"The request you have made requires authentication.\"}}")
                    : Reply.json(200, "{\"users\": []}"));
            CloudConfig config = config(cloud);
            TokenCache cache = spy(new TokenCache(root.resolve("tokens"), Clock.systemUTC()));
            cache.store(config.cacheKey(), token("revoked", FakeCloud.tokenBody(cloud.url("/v3"))));
            // from now on the cache directory "cannot be written": nothing is dropped or replaced
            doNothing().when(cache).drop(any());
            doNothing().when(cache).store(any(), any());
            CloudSession session = new CloudSession(config, Transport.builder().build(), cache, "test");
            session.client("identity").get("/users");
            assertEquals(java.util.Arrays.asList("revoked", null, "tok-1"), cloud.requests.stream().map(FakeCloud.Request::token).toList());
            // a second run with the same unwritable cache: one 401, one login, then it works
            CloudSession next = new CloudSession(config, Transport.builder().build(), cache, "test");
            next.client("identity").get("/users");
            assertEquals("tok-2", cloud.requests.get(cloud.requests.size() - 1).token());
        }
    }

    @Test
    void anEntryWithoutCatalogIsDroppedAndTheLoginDoneAgain() throws Exception {
        try (FakeCloud cloud = new FakeCloud()) {
            cloud.respond(r -> Reply.json(200, "{\"users\": []}"));
            CloudConfig config = config(cloud);
            TokenCache cache = new TokenCache(root.resolve("tokens"), Clock.systemUTC());
            cache.store(config.cacheKey(), token("nocatalog",
                    "{\"token\": {\"expires_at\": \"2099-01-01T00:00:00Z\", \"user\": {\"id\": \"uid\"}}}"));
            CloudSession session = new CloudSession(config, Transport.builder().build(), cache, "test");
            session.client("identity").get("/users");
            assertEquals(List.of("POST /v3/auth/tokens", "GET /v3/users"),
                    cloud.requests.stream().map(r -> r.method() + " " + r.target()).toList());
            assertEquals("tok-1", cache.load(config.cacheKey()).orElseThrow().id());
            assertTrue(cache.load(config.cacheKey()).orElseThrow().body().has("catalog"));
        }
    }
}
