package dev.jos.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.session.ApiException;
import dev.jos.session.CommandException;
import dev.jos.json.Json;

/**
 * Name-or-ID lookup with osc_lib's `find_resource` steps and messages: GET by id, then a list
 * filtered by name, then the whole list; and identity's `_find_identity_resource`, which
 * treats a refusal to look as "use what the user typed".
 */
public final class IdentityFinder {
    private final IdentityApi client;

    public IdentityFinder(IdentityApi client) {
        this.client = client;
    }

    /** osc_lib.utils.find_resource over a keystoneclient manager. */
    public ObjectNode find(IdentityKind kind, String nameOrId, String domainId) {
        try {
            return client.get(kind, nameOrId);
        } catch (ApiException e) {
            // not an id we may read: try it as a name
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("name", nameOrId);
        if (domainId != null) {
            query.put("domain_id", domainId);
        }
        try {
            List<ObjectNode> found = client.list(kind, query);
            if (found.isEmpty()) {
                throw new CommandException("No " + kind.singular() + " with a name or ID of '" + nameOrId + "' exists.");
            }
            if (found.size() > 1) {
                throw new CommandException("More than one " + kind.singular() + " exists with the name '" + nameOrId + "'.");
            }
            return found.get(0);
        } catch (ApiException e) {
            // osc_lib ignores any other failure of find() and falls back to a full list
        }
        ObjectNode match = null;
        int count = 0;
        for (ObjectNode r : client.list(kind, Map.of())) {
            if (nameOrId.equals(r.path("id").asText(null)) || nameOrId.equals(r.path("name").asText(null))) {
                count++;
                match = r;
            }
        }
        if (count == 0) {
            throw new CommandException("Could not find resource " + nameOrId);
        }
        if (count > 1) {
            throw new CommandException("More than one resource exists with the name or ID '" + nameOrId + "'.");
        }
        return match;
    }

    public ObjectNode find(IdentityKind kind, String nameOrId) {
        return find(kind, nameOrId, null);
    }

    /**
     * identity.common._find_identity_resource: a non-admin may not list users or projects,
     * so a 403 means "trust the name or id as given" and let the next call decide.
     */
    public ObjectNode findOrAssume(IdentityKind kind, String nameOrId, String domainNameOrId) {
        String domainId = domainId(domainNameOrId);
        try {
            return find(kind, nameOrId, domainId);
        } catch (ApiException e) {
            if (!e.isForbidden()) {
                throw e;
            }
            ObjectNode assumed = Json.object();
            assumed.put("id", nameOrId);
            assumed.put("name", nameOrId);
            return assumed;
        }
    }

    /** The id of a domain given by name or id, for the `--domain` style options. */
    public String domainId(String domainNameOrId) {
        return domainNameOrId == null ? null : findOrAssume(IdentityKind.DOMAIN, domainNameOrId, null).path("id").asText();
    }

    /**
     * identity.common._get_token_resource: when the name is the token's own user or project,
     * its id comes from the token, which a non-admin is allowed to read.
     */
    public String fromToken(String resource, String name, String domain) {
        ObjectNode token = (ObjectNode) client.token().body();
        com.fasterxml.jackson.databind.JsonNode obj = token.get(resource);
        if (obj == null || !obj.isObject()) {
            return name;
        }
        if (domain != null) {
            com.fasterxml.jackson.databind.JsonNode d = obj.path("domain");
            if (!domain.equals(d.path("id").asText(null)) && !domain.equals(d.path("name").asText(null))) {
                return name;
            }
        }
        return name.equals(obj.path("name").asText(null)) ? obj.path("id").asText() : name;
    }
}
