package dev.jos.identity.project;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** OSC's string-to-bool rule for the `is_domain` property of `project create`. */
final class IsDomain {
    private IsDomain() {
    }

    static void put(ObjectNode body, String value) {
        switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> body.put("is_domain", true);
            case "false" -> body.put("is_domain", false);
            case "none" -> { } // keystoneclient drops None values from the body
            default -> body.put("is_domain", value);
        }
    }
}
