package dev.jos.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.session.ApiException;
import dev.jos.session.CommandException;
import dev.jos.json.Json;

/** osc_lib.utils.find_resource's steps and messages, over a mocked keystone. */
class IdentityFinderTest {
    private final IdentityApi client = mock(IdentityApi.class);
    private final IdentityFinder finder = new IdentityFinder(client);

    private static ObjectNode user(String id, String name) {
        ObjectNode n = Json.object();
        n.put("id", id);
        n.put("name", name);
        return n;
    }

    private static ApiException notFound() {
        return new ApiException(404, "Could not find user: x.", "req-1");
    }

    @Test
    void anIdIsFetchedDirectly() {
        when(client.get(IdentityKind.USER, "u1")).thenReturn(user("u1", "alice"));
        assertEquals("alice", finder.find(IdentityKind.USER, "u1").get("name").asText());
    }

    @Test
    void aNameIsLookedUpWithTheDomainFilter() {
        when(client.get(eq(IdentityKind.USER), any())).thenThrow(notFound());
        when(client.list(IdentityKind.USER, Map.of("name", "alice", "domain_id", "d1"))).thenReturn(List.of(user("u1", "alice")));
        assertEquals("u1", finder.find(IdentityKind.USER, "alice", "d1").get("id").asText());
    }

    @Test
    void noMatchIsOscsMessage() {
        when(client.get(eq(IdentityKind.USER), any())).thenThrow(notFound());
        when(client.list(eq(IdentityKind.USER), anyMap())).thenReturn(List.of());
        CommandException e = assertThrows(CommandException.class, () -> finder.find(IdentityKind.USER, "test-user"));
        assertEquals("No user with a name or ID of 'test-user' exists.", e.getMessage());
    }

    @Test
    void twoMatchesIsOscsMessage() {
        when(client.get(eq(IdentityKind.PROJECT), any())).thenThrow(notFound());
        when(client.list(eq(IdentityKind.PROJECT), anyMap())).thenReturn(List.of(user("p1", "x"), user("p2", "x")));
        CommandException e = assertThrows(CommandException.class, () -> finder.find(IdentityKind.PROJECT, "x"));
        assertEquals("More than one project exists with the name 'x'.", e.getMessage());
    }

    @Test
    void aForbiddenLookupIsAssumedToBeTheGivenNameOnlyByTheIdentityVariant() {
        ApiException forbidden = new ApiException(403, "You are not authorized to perform the requested action: identity:list_users.", "req-2");
        when(client.get(eq(IdentityKind.USER), any())).thenThrow(forbidden);
        when(client.list(eq(IdentityKind.USER), anyMap())).thenThrow(forbidden);
        ApiException e = assertThrows(ApiException.class, () -> finder.find(IdentityKind.USER, "bob"));
        assertEquals(403, e.status());
        ObjectNode assumed = finder.findOrAssume(IdentityKind.USER, "bob", null);
        assertEquals("bob", assumed.get("id").asText());
        verify(client, org.mockito.Mockito.times(2)).list(IdentityKind.USER, Map.of());
    }

    @Test
    void theTokensOwnUserIsResolvedFromTheToken() throws Exception {
        ObjectNode body = (ObjectNode) Json.parse(
                "{\"user\": {\"id\": \"u9\", \"name\": \"operator\", \"domain\": {\"id\": \"default\", \"name\": \"Default\"}}}");
        when(client.token()).thenReturn(new dev.jos.session.AuthToken("t", body, "http://x/v3"));
        assertEquals("u9", finder.fromToken("user", "operator", null));
        assertEquals("u9", finder.fromToken("user", "operator", "Default"));
        assertEquals("operator", finder.fromToken("user", "operator", "other-domain"));
        assertEquals("someone", finder.fromToken("user", "someone", null));
    }
}
