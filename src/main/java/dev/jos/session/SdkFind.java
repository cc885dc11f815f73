package dev.jos.session;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * openstacksdk's Resource.find (OSC 6.0's image and network look-ups): GET by id first (a 404 or
 * 400 moves on), then a list filtered by name where exactly one item's id or name matches.
 */
public final class SdkFind {
    private SdkFind() {
    }

    /**
     * @param resource the SDK class name in the messages ("Image", "Network", "SecurityGroup", "Port")
     * @return the match, or null when none (the caller words the miss: some searches go on)
     */
    public static ObjectNode find(String resource, String nameOrId, Function<String, ObjectNode> get,
                                  Supplier<List<ObjectNode>> listByName) {
        return find(resource, nameOrId, get, listByName, "name");
    }

    /** {@link #find} matching the list's items by {@code nameKey} (the SDK's name_attribute). */
    public static ObjectNode find(String resource, String nameOrId, Function<String, ObjectNode> get,
                                  Supplier<List<ObjectNode>> listByName, String nameKey) {
        try {
            return get.apply(nameOrId);
        } catch (ApiException e) {
            if (e.status() != 404 && e.status() != 400) {
                throw e;
            }
        }
        return oneMatch(resource, nameOrId, listByName.get(), nameKey);
    }

    /** _get_one_match: the one item whose id or name is {@code nameOrId}; a second is an error. */
    public static ObjectNode oneMatch(String resource, String nameOrId, List<ObjectNode> items) {
        return oneMatch(resource, nameOrId, items, "name");
    }

    /** {@link #oneMatch} where the resource's name is another attribute (a floating IP's address). */
    public static ObjectNode oneMatch(String resource, String nameOrId, List<ObjectNode> items, String nameKey) {
        ObjectNode found = null;
        for (ObjectNode item : items) {
            if (nameOrId.equals(item.path("id").asText(null)) || nameOrId.equals(item.path(nameKey).asText(null))) {
                if (found != null) {
                    throw new CommandException("More than one " + resource + " exists with the name '" + nameOrId + "'.");
                }
                found = item;
            }
        }
        return found;
    }

    /** ResourceNotFound's text. */
    public static NotFound notFound(String resource, String nameOrId) {
        return new NotFound("No " + resource + " found for " + nameOrId);
    }

    /** openstacksdk's ResourceNotFound: a find that some callers forgive (find_image's ignore_missing=True). */
    public static final class NotFound extends CommandException {
        public NotFound(String message) {
            super(message);
        }
    }
}
