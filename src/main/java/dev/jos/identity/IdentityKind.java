package dev.jos.identity;

/** The keystone resources jos looks up by name or id, with the words OSC's messages use. */
public enum IdentityKind {
    USER("user", "users"),
    PROJECT("project", "projects"),
    ROLE("role", "roles"),
    DOMAIN("domain", "domains"),
    GROUP("group", "groups");

    private final String singular;
    private final String path;

    IdentityKind(String singular, String path) {
        this.singular = singular;
        this.path = path;
    }

    public String singular() {
        return singular;
    }

    public String path() {
        return path;
    }
}
