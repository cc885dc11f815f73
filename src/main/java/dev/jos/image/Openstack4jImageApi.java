package dev.jos.image;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.http.ApiResponse;
import dev.jos.http.AtomicFileSink;
import dev.jos.http.BodySummary;
import dev.jos.http.RequestBody;
import dev.jos.http.ResponseSink;
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

    @Override
    public List<ObjectNode> listImages(Map<String, String> query, List<String> tags, boolean allPages) {
        if (tags.isEmpty()) {
            if (allPages) {
                return list(query);
            }
            Reply r = calls.call(Map.of(), SdkErrors::fromResponse, os -> os.imagesV2().list(query));
            return images(r, new ArrayList<>());
        }
        // openstack4j's list takes a map, which cannot repeat tag=
        StringBuilder qs = new StringBuilder();
        query.forEach((k, v) -> qs.append(qs.length() == 0 ? "?" : "&").append(enc(k)).append('=').append(enc(v)));
        tags.forEach(t -> qs.append(qs.length() == 0 ? "?" : "&").append("tag=").append(enc(t)));
        List<ObjectNode> out = new ArrayList<>();
        String url = "/images" + qs;
        while (true) {
            Reply r = calls.rest("GET", url, Map.of(), null, Map.of(), SdkErrors::fromResponse);
            int before = out.size();
            images(r, out);
            String next = r.json().path("next").asText(null);
            if (!allPages || next == null || out.size() == before) {
                return out;
            }
            // glance's next is "/v2/images?...": relative to the versioned endpoint's parent
            url = next.startsWith("/v2/") ? next.substring(3) : next;
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<ObjectNode> images(Reply r, List<ObjectNode> out) {
        JsonNode images = r.json() == null ? null : r.json().get("images");
        if (images == null || !images.isArray()) {
            throw new CommandException("Invalid response from " + r.url() + ": no 'images' list");
        }
        images.forEach(i -> out.add((ObjectNode) i));
        return out;
    }

    @Override
    public Created createImage(ObjectNode body) {
        // openstack4j's Image model cannot carry the SDK's free-form properties (owner_specified.*);
        // and no Accept: application/json, which the SDK does not send either (glance's 403 for
        // --public comes as HTML then, worded differently)
        Reply r = calls.send("POST", "/images", RequestBody.bytes(dev.jos.json.Json.write(body), "application/json"),
                Map.of(), SdkErrors::fromResponse);
        String methods = r.response().headers().first("OpenStack-image-import-methods");
        List<String> list = methods == null || methods.isEmpty() ? List.of() : List.of(methods.split(","));
        return new Created(object(r, "image"), list);
    }

    @Override
    public void stageImage(String id, ImageData data, LongConsumer progress) {
        // openstack4j has no staging call
        calls.send("PUT", "/images/" + Urls.segment(id) + "/stage", body(data, progress), Map.of("Accept", ""),
                SdkErrors::fromResponse);
    }

    @Override
    public void importImage(String id) {
        ObjectNode body = dev.jos.json.Json.object();
        body.putObject("method").put("name", "glance-direct");
        // openstack4j has no interoperable import call
        calls.rest("POST", "/images/" + Urls.segment(id) + "/import", Map.of(), body, Map.of(), SdkErrors::fromResponse);
    }

    private static RequestBody body(ImageData data, LongConsumer progress) {
        RequestBody body;
        try {
            body = data.file() != null ? RequestBody.file(data.file(), "application/octet-stream")
                    : RequestBody.stream(data.stream(), "application/octet-stream");
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
        return progress == null ? body : body.withProgress(progress);
    }

    @Override
    public void uploadImage(String id, ImageData data, LongConsumer progress) {
        RequestBody body = body(data, progress);
        // openstack4j's upload reads its payload through its own connector: jos streams it itself
        calls.send("PUT", "/images/" + Urls.segment(id) + "/file", body, Map.of("Accept", ""), SdkErrors::fromResponse);
    }

    @Override
    public void deleteImage(String id) {
        // openstack4j adds ?format=json and Accept, on which glance words its errors differently than to OSC
        calls.send("DELETE", "/images/" + Urls.segment(id), null, Map.of(), SdkErrors::fromResponse);
    }

    @Override
    public ObjectNode updateImage(String id, ArrayNode patch) {
        // openstack4j's ImageUpdate builds its own ops; the SDK's patch (sorted by path) is sent as made
        RequestBody body = RequestBody.bytes(dev.jos.json.Json.write(patch),
                "application/openstack-images-v2.1-json-patch");
        Reply r = calls.send("PATCH", "/images/" + Urls.segment(id), body, Map.of("Accept", ""), SdkErrors::fromResponse);
        return object(r, "image");
    }

    @Override
    public void imageAction(String id, String action) {
        String seg = Urls.segment(id);
        calls.call(Map.of(), SdkErrors::fromResponse,
                os -> action.equals("deactivate") ? os.imagesV2().deactivate(seg) : os.imagesV2().reactivate(seg));
    }

    @Override
    public void removeTag(String id, String tag) {
        calls.call(Map.of(), SdkErrors::fromResponse, os -> os.imagesV2().deleteTag(Urls.segment(id), Urls.segment(tag)));
    }

    @Override
    public Download downloadImage(String id, Path file) {
        return download(id, new AtomicFileSink(file));
    }

    @Override
    public Download downloadImage(String id, OutputStream out) {
        return download(id, ResponseSink.to(out));
    }

    private Download download(String id, ResponseSink sink) {
        // openstack4j's download buffers through its own client; jos streams into the sink
        ApiResponse r = calls.download("/images/" + Urls.segment(id) + "/file", sink, SdkErrors::fromResponse,
                BodySummary.MD5);
        BodySummary got = r.receivedBody();
        return new Download(got == null ? null : got.digest(BodySummary.MD5), r.headers().first("Content-MD5"),
                got == null ? 0 : got.length());
    }

    @Override
    public ObjectNode addMember(String imageId, String memberId) {
        Reply r = calls.call(Map.of(), SdkErrors::fromResponse,
                os -> os.imagesV2().createMember(Urls.segment(imageId), memberId));
        return object(r, "member");
    }

    @Override
    public void removeMember(String imageId, String memberId) {
        calls.call(Map.of(), SdkErrors::fromResponse,
                os -> os.imagesV2().deleteMember(Urls.segment(imageId), Urls.segment(memberId)));
    }

    @Override
    public List<ObjectNode> members(String imageId) {
        Reply r = calls.call(Map.of(), SdkErrors::fromResponse, os -> os.imagesV2().listMembers(Urls.segment(imageId)));
        JsonNode members = r.json() == null ? null : r.json().get("members");
        if (members == null || !members.isArray()) {
            throw new CommandException("Invalid response from " + r.url() + ": no 'members' list");
        }
        List<ObjectNode> out = new ArrayList<>();
        members.forEach(m -> out.add((ObjectNode) m));
        return out;
    }

    @Override
    public ObjectNode updateMember(String imageId, String memberId, String status) {
        ObjectNode body = dev.jos.json.Json.object();
        body.put("status", status);
        // openstack4j's MemberStatus model and Accept header change glance's errors; the SDK sends {"status": ...}
        Reply r = calls.send("PUT", "/images/" + Urls.segment(imageId) + "/members/" + Urls.segment(memberId),
                RequestBody.bytes(dev.jos.json.Json.write(body), "application/json"), Map.of(), SdkErrors::fromResponse);
        return object(r, "member");
    }

    private static ObjectNode object(Reply r, String what) {
        if (r.json() == null || !r.json().isObject()) {
            throw new CommandException("Invalid response from " + r.url() + ": no " + what);
        }
        return (ObjectNode) r.json();
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
