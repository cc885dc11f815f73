package dev.jos.image;

import java.util.List;
import java.util.Map;

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

    // the image commands' calls (openstacksdk's image proxy as OSC 6.0 uses it)

    /**
     * images(**query): GET /v2/images with the query in the SDK's order; every page (following
     * glance's "next") unless {@code allPages} is false (OSC's --limit turns paging off); each
     * tag is one more {@code tag=} parameter.
     */
    List<ObjectNode> listImages(Map<String, String> query, List<String> tags, boolean allPages);

    /** POST /v2/images with the body as given (key order kept). */
    Created createImage(ObjectNode body);

    /** The created image, and the import methods glance offers for it (OpenStack-image-import-methods). */
    record Created(ObjectNode image, List<String> importMethods) {
    }

    /** Image.stage: PUT /v2/images/{id}/stage, streamed like {@link #uploadImage}. */
    void stageImage(String id, ImageData data, java.util.function.LongConsumer progress);

    /** Image.import_image: POST /v2/images/{id}/import {"method": {"name": "glance-direct"}}. */
    void importImage(String id);

    /**
     * Image.upload: PUT /v2/images/{id}/file, streamed from the file or stream, never held whole.
     *
     * @param progress told the bytes sent so far, or null
     */
    void uploadImage(String id, ImageData data, java.util.function.LongConsumer progress);

    /** DELETE /v2/images/{id}; a 404 is an ApiException (callers decide). */
    void deleteImage(String id);

    /** PATCH /v2/images/{id} with an openstack-images-v2.1-json-patch; the updated image. */
    ObjectNode updateImage(String id, com.fasterxml.jackson.databind.node.ArrayNode patch);

    /** POST /v2/images/{id}/actions/deactivate or reactivate. */
    void imageAction(String id, String action);

    /** DELETE /v2/images/{id}/tags/{tag}. */
    void removeTag(String id, String tag);

    /**
     * GET /v2/images/{id}/file into a file that appears whole or not at all.
     *
     * @return the MD5 of what was written and the Content-MD5 glance sent (null when none)
     */
    Download downloadImage(String id, java.nio.file.Path file);

    /** GET /v2/images/{id}/file into a stream the caller owns (stdout). */
    Download downloadImage(String id, java.io.OutputStream out);

    /** What a download amounted to, for the SDK's checksum check. */
    record Download(String md5, String contentMd5, long length) {
    }

    /** POST /v2/images/{id}/members {"member": memberId}. */
    ObjectNode addMember(String imageId, String memberId);

    /** DELETE /v2/images/{id}/members/{member}. */
    void removeMember(String imageId, String memberId);

    /** GET /v2/images/{id}/members: the "members" list. */
    List<ObjectNode> members(String imageId);

    /** PUT /v2/images/{id}/members/{member} {"status": status}. */
    ObjectNode updateMember(String imageId, String memberId, String status);
}
