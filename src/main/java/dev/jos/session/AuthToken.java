package dev.jos.session;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A token as keystone issued it: its id (the X-Subject-Token) and the raw `token` body with
 * user, project, roles and catalog, plus the v3 identity URL it was issued by.
 */
public record AuthToken(String id, JsonNode body, String identityUrl) {

    public Instant expiresAt() {
        String s = body.path("expires_at").asText(null);
        if (s == null) {
            return Instant.MAX;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.parse(s);
        }
    }

    public ServiceCatalog catalog() {
        return new ServiceCatalog(body.get("catalog"));
    }

    public String userId() {
        return body.path("user").path("id").asText(null);
    }

    public String projectId() {
        return body.path("project").path("id").asText(null);
    }

    public String domainId() {
        return body.path("domain").path("id").asText(null);
    }
}
