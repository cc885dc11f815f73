package dev.jos.identity.project;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.json.Json;

/** identity.common.get_immutable_options and the `is_domain` property's string-to-bool rule. */
final class ImmutableOption {
    private ImmutableOption() {
    }

    static ObjectNode of(boolean immutable, boolean noImmutable) {
        ObjectNode options = Json.object();
        if (immutable) {
            options.put("immutable", true);
        }
        if (noImmutable) {
            options.put("immutable", false);
        }
        return options;
    }

    static void putIsDomain(ObjectNode body, String value) {
        switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> body.put("is_domain", true);
            case "false" -> body.put("is_domain", false);
            case "none" -> { } // keystoneclient drops None values from the body
            default -> body.put("is_domain", value);
        }
    }
}
