package dev.jos.image;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Glance v2 as the server commands need it (OSC 6.0 reaches it through openstacksdk's image
 * proxy), as raw JSON. Errors are worded as openstacksdk words them. Tests fake this.
 */
public interface ImageApi {

    /**
     * find_image(ignore_missing=False): by id, then by name, then among hidden images; a miss is
     * "No Image found for x", two matches "More than one Image exists with the name 'x'."
     */
    ObjectNode findImage(String nameOrId);

    /** get_image: GET /v2/images/{id}; an error status is an ApiException. */
    ObjectNode getImage(String id);

    /** images(): every image the user sees, all pages. */
    List<ObjectNode> listImages();
}
