package dev.jos.image;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.http.Urls;
import dev.jos.session.CommandException;
import dev.jos.session.Openstack4jCalls;
import dev.jos.session.Openstack4jCalls.Reply;
import dev.jos.session.SdkErrors;
import dev.jos.session.SdkFind;

/** {@link ImageApi} through openstack4j's glance v2 service, rendered from the raw replies. */
public final class Openstack4jImageApi implements ImageApi {
    private final Openstack4jCalls calls;

    public Openstack4jImageApi(Openstack4jCalls calls) {
        this.calls = calls;
    }

    @Override
    public ObjectNode findImage(String nameOrId) {
        ObjectNode found = SdkFind.find("Image", nameOrId, this::getImage, () -> list(Map.of("name", nameOrId)));
        if (found == null) {
            // openstacksdk's Image.find looks among hidden images too (os_hidden=True, no name filter)
            found = SdkFind.oneMatch("Image", nameOrId, list(Map.of("os_hidden", "True")));
        }
        if (found == null) {
            throw SdkFind.notFound("Image", nameOrId);
        }
        return found;
    }

    @Override
    public ObjectNode getImage(String id) {
        Reply r = calls.call(Map.of(), SdkErrors::fromResponse, os -> os.imagesV2().get(Urls.segment(id)));
        if (r.json() == null || !r.json().isObject()) {
            throw new CommandException("Invalid response from " + r.url() + ": no image");
        }
        return (ObjectNode) r.json();
    }

    @Override
    public List<ObjectNode> listImages() {
        return list(Map.of());
    }

    /** GET /v2/images with the query, every page (openstack4j reads one and drops glance's "next"). */
    private List<ObjectNode> list(Map<String, String> query) {
        List<ObjectNode> out = new ArrayList<>();
        Map<String, String> params = new LinkedHashMap<>(query);
        while (true) {
            Map<String, String> page = Map.copyOf(params);
            Reply r = calls.call(Map.of(), SdkErrors::fromResponse, os -> os.imagesV2().list(page));
            JsonNode images = r.json() == null ? null : r.json().get("images");
            if (images == null || !images.isArray()) {
                throw new CommandException("Invalid response from " + r.url() + ": no 'images' list");
            }
            images.forEach(i -> out.add((ObjectNode) i));
            String marker = nextMarker(r.json().path("next").asText(null));
            if (marker == null || images.isEmpty()) {
                return out;
            }
            params.put("marker", marker);
        }
    }

    private static String nextMarker(String next) {
        if (next == null) {
            return null;
        }
        int q = next.indexOf('?');
        if (q < 0) {
            return null;
        }
        for (String pair : next.substring(q + 1).split("&")) {
            if (pair.startsWith("marker=")) {
                return java.net.URLDecoder.decode(pair.substring(7), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
