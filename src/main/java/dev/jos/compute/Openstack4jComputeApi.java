package dev.jos.compute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.http.Urls;
import dev.jos.json.Json;
import dev.jos.session.Microversion;
import dev.jos.session.Openstack4jCalls;
import dev.jos.session.Openstack4jCalls.Reply;
import dev.jos.session.SdkErrors;

/**
 * {@link ComputeApi} through openstack4j's compute service, rendered from the raw replies.
 * Where openstack4j lacks a call or an option, that one call goes through the same transport
 * ({@link Openstack4jCalls#rest}), with a comment saying what openstack4j lacks.
 */
public final class Openstack4jComputeApi implements ComputeApi {
    /** openstacksdk's Flavor._max_microversion and Keypair._max_microversion in OSC 6.0's SDK. */
    static final String FLAVOR_MAX = "2.61";
    static final String KEYPAIR_MAX = "2.10";

    private final Openstack4jCalls calls;
    private final Microversion.Negotiator versions;

    public Openstack4jComputeApi(Openstack4jCalls calls, Microversion.Negotiator versions) {
        this.calls = calls;
        this.versions = versions;
    }

    @Override
    public boolean supportsMicroversion(String version) {
        Microversion used = versions.sdk(FLAVOR_MAX);
        return used != null && used.atLeast(Microversion.parse(version));
    }

    private Map<String, String> flavorHeaders() {
        return Microversion.computeHeaders(versions.sdk(FLAVOR_MAX));
    }

    private Map<String, String> keypairHeaders() {
        return Microversion.computeHeaders(versions.sdk(KEYPAIR_MAX));
    }

    private ObjectNode sdk(Map<String, String> headers, java.util.function.Function<org.openstack4j.api.OSClient.OSClientV3, ?> call,
                           String key) {
        Reply r = calls.call(headers, SdkErrors::fromResponse, call);
        return object(r, key);
    }

    private static ObjectNode object(Reply r, String key) {
        JsonNode n = r.json() == null ? null : r.json().get(key);
        if (n == null || !n.isObject()) {
            throw new dev.jos.session.CommandException("Invalid response from " + r.url() + ": no '" + key + "' object");
        }
        return (ObjectNode) n;
    }

    @Override
    public ObjectNode getFlavor(String id) {
        return sdk(flavorHeaders(), os -> os.compute().flavors().get(Urls.segment(id)), "flavor");
    }

    @Override
    public void listFlavors(Map<String, String> query, boolean allPages, Consumer<ObjectNode> each) {
        Map<String, String> params = new LinkedHashMap<>(query);
        while (true) {
            // a copy in the caller's order (openstacksdk's): Map.copyOf would shuffle the query
            Map<String, String> page = new LinkedHashMap<>(params);
            Reply r = calls.call(flavorHeaders(), SdkErrors::fromResponse, os -> os.compute().flavors().list(true, page));
            JsonNode flavors = r.json() == null ? null : r.json().get("flavors");
            if (flavors == null || !flavors.isArray()) {
                throw new dev.jos.session.CommandException("Invalid response from " + r.url() + ": no 'flavors' list");
            }
            flavors.forEach(f -> each.accept((ObjectNode) f));
            // openstack4j reads one page and drops nova's flavors_links: follow them here
            String marker = allPages ? Pagination.nextMarker(r.json(), "flavors_links") : null;
            if (marker == null || flavors.isEmpty()) {
                return;
            }
            params.put("marker", marker);
        }
    }

    @Override
    public ObjectNode createFlavor(FlavorSpec spec) {
        // openstack4j's Flavor has no description (2.55) and always sends every number: build
        // openstacksdk's body and post it through the same transport
        ObjectNode flavor = Json.object();
        if (spec.rxtxFactor() != null) {
            flavor.put("rxtx_factor", spec.rxtxFactor());
        }
        putInt(flavor, "ram", spec.ram());
        putInt(flavor, "disk", spec.disk());
        putInt(flavor, "swap", spec.swap());
        putInt(flavor, "vcpus", spec.vcpus());
        putInt(flavor, "OS-FLV-EXT-DATA:ephemeral", spec.ephemeral());
        if (spec.isPublic() != null) {
            flavor.put("os-flavor-access:is_public", spec.isPublic());
        }
        flavor.put("id", spec.id());
        flavor.put("name", spec.name());
        if (spec.description() != null) {
            flavor.put("description", spec.description());
        }
        ObjectNode body = Json.object();
        body.set("flavor", flavor);
        return object(calls.rest("POST", "/flavors", Map.of(), body, flavorHeaders(), SdkErrors::fromResponse), "flavor");
    }

    private static void putInt(ObjectNode n, String key, Long v) {
        if (v != null) {
            n.put(key, v);
        }
    }

    @Override
    public void deleteFlavor(String id) {
        calls.call(flavorHeaders(), SdkErrors::fromResponse, os -> os.compute().flavors().delete(Urls.segment(id)));
    }

    @Override
    public ObjectNode updateFlavorDescription(String id, String description) {
        // openstack4j has no flavor update (PUT /flavors/{id}, microversion 2.55)
        ObjectNode flavor = Json.object();
        flavor.put("description", description);
        ObjectNode body = Json.object();
        body.set("flavor", flavor);
        return object(calls.rest("PUT", Urls.path("flavors", id), Map.of(), body, flavorHeaders(), SdkErrors::fromResponse),
                "flavor");
    }

    @Override
    public Map<String, String> flavorExtraSpecs(String id) {
        Reply r = calls.call(flavorHeaders(), SdkErrors::fromResponse,
                os -> os.compute().flavors().listExtraSpecs(Urls.segment(id)));
        return strings(object(r, "extra_specs"));
    }

    @Override
    public Map<String, String> createFlavorExtraSpecs(String id, Map<String, String> specs) {
        Reply r = calls.call(flavorHeaders(), SdkErrors::fromResponse,
                os -> os.compute().flavors().createAndUpdateExtraSpecs(Urls.segment(id), specs));
        return strings(object(r, "extra_specs"));
    }

    @Override
    public void deleteFlavorExtraSpec(String id, String key) {
        calls.call(flavorHeaders(), SdkErrors::fromResponse,
                os -> {
                    os.compute().flavors().deleteExtraSpecs(Urls.segment(id), Urls.segment(key));
                    return null;
                });
    }

    @Override
    public List<ObjectNode> flavorAccess(String id) {
        // openstacksdk's Flavor.get_access and _action send no microversion
        Reply r = calls.call(Map.of(), SdkErrors::fromResponse,
                os -> os.compute().flavors().listFlavorAccess(Urls.segment(id)));
        return objects(r, "flavor_access");
    }

    @Override
    public void addFlavorAccess(String id, String projectId) {
        // openstacksdk's Flavor._action sends no microversion
        calls.call(Map.of(), SdkErrors::fromResponse,
                os -> os.compute().flavors().addTenantAccess(Urls.segment(id), projectId));
    }

    @Override
    public void removeFlavorAccess(String id, String projectId) {
        // openstacksdk's Flavor._action sends no microversion
        calls.call(Map.of(), SdkErrors::fromResponse,
                os -> os.compute().flavors().removeTenantAccess(Urls.segment(id), projectId));
    }

    @Override
    public void listKeypairs(String userId, String marker, Integer limit, Consumer<ObjectNode> each) {
        Map<String, String> query = new LinkedHashMap<>();
        if (userId != null) {
            query.put("user_id", userId);
        }
        if (marker != null) {
            query.put("marker", marker);
        }
        if (limit != null) {
            query.put("limit", String.valueOf(limit));
        }
        while (true) {
            Reply r;
            if (query.isEmpty()) {
                r = calls.call(keypairHeaders(), SdkErrors::fromResponse, os -> os.compute().keypairs().list());
            } else {
                // openstack4j's keypair list takes no user_id (2.10), marker or limit (2.35)
                r = calls.rest("GET", "/os-keypairs", new LinkedHashMap<>(query), null, keypairHeaders(), SdkErrors::fromResponse);
            }
            String lastMarker = query.remove("marker");
            query.remove("limit");
            List<ObjectNode> page = new ArrayList<>();
            for (ObjectNode wrapper : objects(r, "keypairs")) {
                JsonNode k = wrapper.get("keypair");
                page.add(k != null && k.isObject() ? (ObjectNode) k : wrapper);
            }
            page.forEach(each);
            if (page.isEmpty()) {
                return;
            }
            // openstacksdk's Resource._get_next_link: nova's next link (2.35, with a limit
            // reached), else, with a limit, the same URL from the last name, whether or not
            // nova paginates: before 2.35 it does not, and the repeated marker ends the loop
            Map<String, String> next = nextLinkQuery(r.json());
            if (next == null) {
                if (limit == null) {
                    return;
                }
                next = new LinkedHashMap<>();
                next.put("marker", page.get(page.size() - 1).path("name").asText());
                next.put("limit", String.valueOf(limit));
                if (next.get("marker").equals(lastMarker)) {
                    throw new dev.jos.session.CommandException("Endless pagination loop detected, aborting");
                }
            }
            query.putAll(next);
        }
    }

    /** The query of nova's keypairs_links "next" link (its path is always /os-keypairs), or null. */
    private static Map<String, String> nextLinkQuery(JsonNode body) {
        for (JsonNode link : body.path("keypairs_links")) {
            if ("next".equals(link.path("rel").asText()) && link.has("href")) {
                Map<String, String> q = new LinkedHashMap<>();
                String raw = java.net.URI.create(link.path("href").asText()).getRawQuery();
                for (String pair : raw == null ? new String[0] : raw.split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        q.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                    }
                }
                return q;
            }
        }
        return null;
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public ObjectNode getKeypair(String name, String userId) {
        if (userId == null) {
            return sdk(keypairHeaders(), os -> os.compute().keypairs().get(Urls.segment(name)), "keypair");
        }
        // openstack4j's keypair get takes no user_id (microversion 2.10)
        return object(calls.rest("GET", Urls.path("os-keypairs", name), Map.of("user_id", userId), null, keypairHeaders(),
                SdkErrors::fromResponse), "keypair");
    }

    @Override
    public ObjectNode createKeypair(KeypairSpec spec) {
        if (spec.type() == null && spec.userId() == null) {
            return sdk(keypairHeaders(), os -> os.compute().keypairs().create(spec.name(), spec.publicKey()), "keypair");
        }
        // openstack4j's keypair create has no type (2.2) or user_id (2.10)
        ObjectNode keypair = Json.object();
        keypair.put("name", spec.name());
        if (spec.publicKey() != null) {
            keypair.put("public_key", spec.publicKey());
        }
        if (spec.type() != null) {
            keypair.put("type", spec.type());
        }
        if (spec.userId() != null) {
            keypair.put("user_id", spec.userId());
        }
        ObjectNode body = Json.object();
        body.set("keypair", keypair);
        return object(calls.rest("POST", "/os-keypairs", Map.of(), body, keypairHeaders(), SdkErrors::fromResponse), "keypair");
    }

    @Override
    public void deleteKeypair(String name, String userId) {
        if (userId == null) {
            calls.call(keypairHeaders(), SdkErrors::fromResponse, os -> os.compute().keypairs().delete(Urls.segment(name)));
            return;
        }
        // openstack4j's keypair delete takes no user_id (microversion 2.10)
        calls.rest("DELETE", Urls.path("os-keypairs", name), Map.of("user_id", userId), null, keypairHeaders(),
                SdkErrors::fromResponse);
    }

    private static List<ObjectNode> objects(Reply r, String key) {
        JsonNode list = r.json() == null ? null : r.json().get(key);
        if (list == null || !list.isArray()) {
            throw new dev.jos.session.CommandException("Invalid response from " + r.url() + ": no '" + key + "' list");
        }
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode n : list) {
            if (!n.isObject()) {
                throw new dev.jos.session.CommandException("Invalid response from " + r.url() + ": '" + key + "' holds a non-object");
            }
            out.add((ObjectNode) n);
        }
        return out;
    }

    private static Map<String, String> strings(ObjectNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
        return out;
    }

    // ---- servers (novaclient's requests: microversion 2.1 unless the user asks for another) ----

    /** novaclient's default microversion in OSC 6.0 when --os-compute-api-version is not given. */
    static final Microversion NOVACLIENT_DEFAULT = new Microversion(2, 1);

    private Microversion serverVersion() {
        Microversion requested = versions.requested();
        return requested != null ? requested : NOVACLIENT_DEFAULT;
    }

    /** novaclient's api_versions.update_headers: the legacy header always, the new one from 2.27. */
    private Map<String, String> serverHeaders() {
        Microversion v = serverVersion();
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-OpenStack-Nova-API-Version", v.toString());
        if (v.minor() >= 27) {
            h.put("OpenStack-API-Version", "compute " + v);
        }
        return h;
    }

    @Override
    public boolean serverMicroversionAtLeast(String version) {
        return serverVersion().atLeast(Microversion.parse(version));
    }

    @Override
    public ObjectNode getServer(String id) {
        return object(calls.call(serverHeaders(), dev.jos.session.NovaErrors::fromResponse,
                os -> os.compute().servers().get(Urls.segment(id))), "server");
    }

    @Override
    public ServerPage listServers(boolean detailed, Map<String, String> query) {
        Reply r;
        if (detailed) {
            Map<String, String> params = Map.copyOf(query);
            r = calls.call(serverHeaders(), dev.jos.session.NovaErrors::fromResponse, os -> os.compute().servers().list(params));
        } else {
            // openstack4j's summary list (GET /servers) takes no query (novaclient's find filters by name)
            r = calls.rest("GET", "/servers", new java.util.TreeMap<>(query), null, serverHeaders(),
                    dev.jos.session.NovaErrors::fromResponse);
        }
        return new ServerPage(objects(r, "servers"), Pagination.nextMarker(r.json(), "servers_links"));
    }

    @Override
    public ObjectNode createServer(ObjectNode body) {
        // openstack4j's ServerCreate cannot send novaclient's body: an empty imageRef, networks
        // "auto"/"none", description, tags, host, hypervisor_hostname, hostname, trusted certificates
        return object(calls.rest("POST", "/servers", Map.of(), body, serverHeaders(), dev.jos.session.NovaErrors::fromResponse),
                "server");
    }

    @Override
    public void deleteServer(String id) {
        calls.call(serverHeaders(), dev.jos.session.NovaErrors::fromResponse,
                os -> os.compute().servers().delete(Urls.segment(id)));
    }

    @Override
    public ObjectNode serverDiagnostics(String id) {
        // openstack4j's diagnostics call returns a map of its own; the raw reply is read here
        Reply r = calls.rest("GET", Urls.path("servers", id, "diagnostics"), Map.of(), null, serverHeaders(),
                dev.jos.session.NovaErrors::fromResponse);
        if (r.json() == null || !r.json().isObject()) {
            throw new dev.jos.session.CommandException("Invalid response from " + r.url() + ": no diagnostics object");
        }
        return (ObjectNode) r.json();
    }

    @Override
    public void serverAction(String id, ObjectNode action) {
        // openstack4j's actions send {"pause": {}} and take no arguments; novaclient sends
        // {"pause": null}, {"reboot": {"type": "SOFT"}}, {"lock": {"locked_reason": ...}}
        calls.rest("POST", Urls.path("servers", id, "action"), Map.of(), action, serverHeaders(),
                dev.jos.session.NovaErrors::fromResponse);
    }

    @Override
    public void updateServer(String id, ObjectNode body) {
        // openstack4j's server update has no description (2.19) or hostname (2.90)
        calls.rest("PUT", Urls.path("servers", id), Map.of(), body, serverHeaders(), dev.jos.session.NovaErrors::fromResponse);
    }

    @Override
    public void setServerMetadata(String id, Map<String, String> metadata) {
        // openstack4j's updateMetadata PUTs (replacing every key); novaclient's set_meta POSTs (merging)
        ObjectNode body = Json.object();
        ObjectNode m = body.putObject("metadata");
        metadata.forEach(m::put);
        calls.rest("POST", Urls.path("servers", id, "metadata"), Map.of(), body, serverHeaders(),
                dev.jos.session.NovaErrors::fromResponse);
    }

    @Override
    public void clearServerPassword(String id) {
        // openstack4j has no os-server-password call
        calls.rest("DELETE", Urls.path("servers", id, "os-server-password"), Map.of(), null, serverHeaders(),
                dev.jos.session.NovaErrors::fromResponse);
    }

    @Override
    public void deleteServerMetadata(String id, String key) {
        calls.call(serverHeaders(), dev.jos.session.NovaErrors::fromResponse,
                os -> os.compute().servers().deleteMetadataItem(Urls.segment(id), Urls.segment(key)));
    }

    @Override
    public void deleteServerTag(String id, String tag) {
        // openstack4j has no server tags (2.26)
        calls.rest("DELETE", Urls.path("servers", id, "tags", tag), Map.of(), null, serverHeaders(),
                dev.jos.session.NovaErrors::fromResponse);
    }

    @Override
    public void addServerTag(String id, String tag) {
        // openstack4j has no server tags (2.26)
        calls.rest("PUT", Urls.path("servers", id, "tags", tag), Map.of(), null, serverHeaders(),
                dev.jos.session.NovaErrors::fromResponse);
    }

    @Override
    public ObjectNode novaFlavor(String id) {
        return object(calls.call(serverHeaders(), dev.jos.session.NovaErrors::fromResponse,
                os -> os.compute().flavors().get(Urls.segment(id))), "flavor");
    }

    @Override
    public List<ObjectNode> novaFlavors(boolean detailed, Boolean isPublic) {
        Map<String, String> query = isPublic == null ? Map.of("is_public", "None")
                : isPublic ? Map.of() : Map.of("is_public", "False");
        Reply r = calls.call(serverHeaders(), dev.jos.session.NovaErrors::fromResponse,
                os -> os.compute().flavors().list(detailed, query));
        return objects(r, "flavors");
    }

    /** openstacksdk's Server._max_microversion in OSC 6.0's SDK. */
    static final String SERVER_SDK_MAX = "2.73";

    private Map<String, String> sdkServerHeaders() {
        return Microversion.computeHeaders(versions.sdk(SERVER_SDK_MAX));
    }

    @Override
    public ObjectNode sdkFindServer(String nameOrId) {
        ObjectNode found = dev.jos.session.SdkFind.find("Server", nameOrId,
                id -> sdk(sdkServerHeaders(), os -> os.compute().servers().get(Urls.segment(id)), "server"),
                // openstack4j's summary list (GET /servers) takes no name filter
                () -> objects(calls.rest("GET", "/servers", Map.of("name", nameOrId), null, sdkServerHeaders(),
                        SdkErrors::fromResponse), "servers"));
        if (found == null) {
            throw dev.jos.session.SdkFind.notFound("Server", nameOrId);
        }
        return found;
    }

    @Override
    public void sdkServerAction(String id, ObjectNode action) {
        // as serverAction: openstack4j cannot send the SDK's {"pause": null}; the SDK's
        // Server._action sends no microversion header
        calls.rest("POST", Urls.path("servers", id, "action"), Map.of(), action, Map.of(), SdkErrors::fromResponse);
    }
    /** What openstacksdk's compute proxy knows (sdk_utils.supports_microversion looks at the server's maximum). */
    private static final String SDK_ANY = "2.999";
    /** openstacksdk's ServerInterface, ServerRemoteConsole and ServerGroup _max_microversion in OSC 6.0's SDK. */
    static final String INTERFACE_MAX = "2.70";
    static final String REMOTE_CONSOLE_MAX = "2.8";
    static final String SERVER_GROUP_MAX = "2.64";

    @Override
    public boolean sdkSupports(String version) {
        Microversion used = versions.sdk(SDK_ANY);
        return used != null && used.atLeast(Microversion.parse(version));
    }

    @Override
    public ObjectNode serverActionReply(String id, ObjectNode action) {
        // openstack4j's actions discard the reply (rescue's adminPass)
        Reply r = calls.rest("POST", Urls.path("servers", id, "action"), Map.of(), action, serverHeaders(),
                dev.jos.session.NovaErrors::fromResponse);
        return r.json() != null && r.json().isObject() ? (ObjectNode) r.json() : Json.object();
    }

    @Override
    public String createServerImage(String id, ObjectNode action) {
        // openstack4j's createSnapshot reads only the Location header (from 2.45 nova answers
        // {"image_id": ...} instead); openstacksdk asks for 2.45 when nova has it
        Map<String, String> headers = sdkSupports("2.45") ? Microversion.computeHeaders(Microversion.parse("2.45")) : Map.of();
        Reply r = calls.rest("POST", Urls.path("servers", id, "action"), Map.of(), action, headers, SdkErrors::fromResponse);
        if (r.json() != null && r.json().hasNonNull("image_id")) {
            return r.json().path("image_id").asText();
        }
        String location = r.response().headers().first("Location");
        if (location == null) {
            throw new dev.jos.session.CommandException("Invalid response from " + r.url() + ": no image location");
        }
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Override
    public JsonNode computeApiGet(String path) {
        // OSC's own compute API (not novaclient) sends no microversion; openstack4j has no
        // os-security-groups proxy calls
        return calls.rest("GET", path, Map.of(), null, Map.of(), dev.jos.session.NovaErrors::fromResponse).json();
    }

    @Override
    public List<ObjectNode> serverEvents(String id, Map<String, String> query) {
        if (query.isEmpty()) {
            return objects(calls.call(serverHeaders(), dev.jos.session.NovaErrors::fromResponse,
                    os -> os.compute().servers().instanceActions().list(Urls.segment(id))), "instanceActions");
        }
        // openstack4j's instance action list takes no filters (2.58's marker, limit, changes-since)
        return objects(calls.rest("GET", Urls.path("servers", id, "os-instance-actions"), query, null, serverHeaders(),
                dev.jos.session.NovaErrors::fromResponse), "instanceActions");
    }

    @Override
    public ObjectNode serverEvent(String id, String requestId) {
        return object(calls.call(serverHeaders(), dev.jos.session.NovaErrors::fromResponse,
                os -> os.compute().servers().instanceActions().get(Urls.segment(id), Urls.segment(requestId))), "instanceAction");
    }

    @Override
    public ObjectNode sdkServerActionReply(String id, ObjectNode action) {
        // openstack4j's getConsoleOutput returns only the text, and sends {"length": n} as it likes
        Reply r = calls.rest("POST", Urls.path("servers", id, "action"), Map.of(), action, Map.of(), SdkErrors::fromResponse);
        return r.json() != null && r.json().isObject() ? (ObjectNode) r.json() : Json.object();
    }

    private Map<String, String> interfaceHeaders() {
        return Microversion.computeHeaders(versions.sdk(INTERFACE_MAX));
    }

    @Override
    public ObjectNode createServerInterface(String id, ObjectNode attachment) {
        // openstack4j's interfaces().create takes only a port (no net_id, fixed_ips or tag)
        ObjectNode body = Json.object();
        body.set("interfaceAttachment", attachment);
        return object(calls.rest("POST", Urls.path("servers", id, "os-interface"), Map.of(), body, interfaceHeaders(),
                SdkErrors::fromResponse), "interfaceAttachment");
    }

    @Override
    public List<ObjectNode> serverInterfaces(String id) {
        return objects(calls.call(interfaceHeaders(), SdkErrors::fromResponse,
                os -> os.compute().servers().interfaces().list(Urls.segment(id))), "interfaceAttachments");
    }

    @Override
    public void deleteServerInterface(String id, String portId) {
        calls.call(interfaceHeaders(), SdkErrors::fromResponse,
                os -> os.compute().servers().interfaces().detach(Urls.segment(id), Urls.segment(portId)));
    }

    /** openstacksdk's console type -> protocol (ServerRemoteConsole) and pre-2.6 action names (Server). */
    private static final Map<String, String> CONSOLE_PROTOCOLS = Map.of("novnc", "vnc", "xvpvnc", "vnc", "spice-html5", "spice",
            "rdp-html5", "rdp", "serial", "serial", "webmks", "mks");
    private static final Map<String, String> CONSOLE_ACTIONS = Map.of("novnc", "os-getVNCConsole", "xvpvnc", "os-getVNCConsole",
            "spice-html5", "os-getSPICEConsole", "rdp-html5", "os-getRDPConsole", "serial", "os-getSerialConsole");

    @Override
    public ObjectNode createConsole(String id, String type) {
        // openstack4j knows only the VNC action of before 2.6
        if (sdkSupports("2.6")) {
            Microversion v = versions.sdk(REMOTE_CONSOLE_MAX);
            if ("webmks".equals(type) && (v == null || !v.atLeast(Microversion.parse("2.8")))) {
                throw new dev.jos.session.CommandException("Console type webmks is not supported on server side");
            }
            ObjectNode body = Json.object();
            body.putObject("remote_console").put("protocol", CONSOLE_PROTOCOLS.get(type)).put("type", type);
            return object(calls.rest("POST", Urls.path("servers", id, "remote-consoles"), Map.of(), body,
                    Microversion.computeHeaders(v), SdkErrors::fromResponse), "remote_console");
        }
        String action = CONSOLE_ACTIONS.get(type);
        if (action == null) {
            throw new dev.jos.session.CommandException("Unsupported console type " + type);
        }
        ObjectNode body = Json.object();
        body.putObject(action).put("type", type);
        ObjectNode reply = sdkServerActionReply(id, body);
        return reply.has("console") && reply.get("console").isObject() ? (ObjectNode) reply.get("console") : Json.object();
    }

    private Map<String, String> serverGroupHeaders() {
        return Microversion.computeHeaders(versions.sdk(SERVER_GROUP_MAX));
    }

    @Override
    public ObjectNode createServerGroup(ObjectNode group) {
        // openstack4j's create sends the "policies" list of before 2.64, without rules
        ObjectNode body = Json.object();
        body.set("server_group", group);
        return object(calls.rest("POST", "/os-server-groups", Map.of(), body, serverGroupHeaders(), SdkErrors::fromResponse),
                "server_group");
    }

    @Override
    public ObjectNode findServerGroup(String nameOrId) {
        ObjectNode found = dev.jos.session.SdkFind.find("ServerGroup", nameOrId,
                id -> sdk(serverGroupHeaders(), os -> os.compute().serverGroups().get(Urls.segment(id)), "server_group"),
                () -> listServerGroups(Map.of()));
        if (found == null) {
            throw dev.jos.session.SdkFind.notFound("ServerGroup", nameOrId);
        }
        return found;
    }

    @Override
    public void deleteServerGroup(String id) {
        calls.call(serverGroupHeaders(), SdkErrors::fromResponse, os -> os.compute().serverGroups().delete(Urls.segment(id)));
    }

    @Override
    public List<ObjectNode> listServerGroups(Map<String, String> query) {
        if (query.isEmpty()) {
            return objects(calls.call(serverGroupHeaders(), SdkErrors::fromResponse, os -> os.compute().serverGroups().list()),
                    "server_groups");
        }
        // openstack4j's list takes no all_projects, limit or offset
        return objects(calls.rest("GET", "/os-server-groups", query, null, serverGroupHeaders(), SdkErrors::fromResponse),
                "server_groups");
    }

    // ---- availability zones, limits, services, hypervisors, quotas ----

    /** openstacksdk's Service._max_microversion in OSC 6.0's SDK. */
    static final String SERVICE_SDK_MAX = "2.69";

    @Override
    public List<ObjectNode> availabilityZones(boolean detailed) {
        return objects(calls.call(serverHeaders(), dev.jos.session.NovaErrors::fromResponse,
                os -> os.compute().zones().list(detailed)), "availabilityZoneInfo");
    }

    @Override
    public ObjectNode limits(boolean reserved, String tenantId) {
        if (!reserved && tenantId == null) {
            return object(calls.call(serverHeaders(), dev.jos.session.NovaErrors::fromResponse,
                    os -> os.compute().quotaSets().limits()), "limits");
        }
        // openstack4j's limits call takes no reserved or tenant_id
        Map<String, String> query = new LinkedHashMap<>();
        if (reserved) {
            query.put("reserved", "1");
        }
        if (tenantId != null) {
            query.put("tenant_id", tenantId);
        }
        return object(calls.rest("GET", "/limits", query, null, serverHeaders(), dev.jos.session.NovaErrors::fromResponse),
                "limits");
    }

    @Override
    public List<ObjectNode> computeServices(Map<String, String> query) {
        Map<String, String> params = Map.copyOf(query);
        return objects(calls.call(Microversion.computeHeaders(versions.sdk(SERVICE_SDK_MAX)), SdkErrors::fromResponse,
                os -> os.compute().services().list(params)), "services");
    }

    @Override
    public boolean sdkSupportsMicroversion(String version) {
        Microversion used = versions.sdk(SERVICE_SDK_MAX);
        return used != null && used.atLeast(Microversion.parse(version));
    }

    @Override
    public List<ObjectNode> hypervisors(Map<String, String> query) {
        if (query.isEmpty()) {
            return objects(calls.call(serverHeaders(), dev.jos.session.NovaErrors::fromResponse,
                    os -> os.compute().hypervisors().list()), "hypervisors");
        }
        // openstack4j's hypervisor list takes no marker or limit
        return objects(calls.rest("GET", "/os-hypervisors/detail", new LinkedHashMap<>(query), null, serverHeaders(),
                dev.jos.session.NovaErrors::fromResponse), "hypervisors");
    }

    @Override
    public List<ObjectNode> searchHypervisors(String matching) {
        // openstack4j has no hypervisor search
        return objects(calls.rest("GET", Urls.path("os-hypervisors", matching, "search"), Map.of(), null, serverHeaders(),
                dev.jos.session.NovaErrors::fromResponse), "hypervisors");
    }

    @Override
    public ObjectNode getHypervisor(String id) {
        return object(calls.call(serverHeaders(), dev.jos.session.NovaErrors::fromResponse,
                os -> os.compute().hypervisors().get(Urls.segment(id))), "hypervisor");
    }

    @Override
    public ObjectNode hypervisorUptime(String id) {
        // openstack4j has no hypervisor uptime
        return object(calls.rest("GET", Urls.path("os-hypervisors", id, "uptime"), Map.of(), null, serverHeaders(),
                dev.jos.session.NovaErrors::fromResponse), "hypervisor");
    }

    @Override
    public List<ObjectNode> aggregates() {
        return objects(calls.call(serverHeaders(), dev.jos.session.NovaErrors::fromResponse,
                os -> os.compute().hostAggregates().list()), "aggregates");
    }

    @Override
    public ObjectNode computeQuotaClass(String name) {
        // openstack4j can only update a quota class
        return object(calls.rest("GET", Urls.path("os-quota-class-sets", name), Map.of(), null, serverHeaders(),
                dev.jos.session.NovaErrors::fromResponse), "quota_class_set");
    }

    @Override
    public ObjectNode computeQuotas(String projectId, boolean defaults, boolean detail) {
        if (!defaults && !detail) {
            return object(calls.call(serverHeaders(), dev.jos.session.NovaErrors::fromResponse,
                    os -> os.compute().quotaSets().get(Urls.segment(projectId))), "quota_set");
        }
        // openstack4j has no quota defaults call, and its detail call reads the reply into its own model
        String path = Urls.path("os-quota-sets", projectId, defaults ? "defaults" : "detail");
        return object(calls.rest("GET", path, Map.of(), null, serverHeaders(), dev.jos.session.NovaErrors::fromResponse),
                "quota_set");
    }
}
