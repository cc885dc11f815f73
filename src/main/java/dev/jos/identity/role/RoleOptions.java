package dev.jos.identity.role;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.json.Json;

/** identity.common.get_immutable_options for roles. */
final class RoleOptions {
    private RoleOptions() {
    }

    static ObjectNode immutable(boolean immutable, boolean noImmutable) {
        ObjectNode options = Json.object();
        if (immutable) {
            options.put("immutable", true);
        }
        if (noImmutable) {
            options.put("immutable", false);
        }
        return options;
    }
}
