package dev.jos;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The training run for the class-data-sharing archive that bin/jos builds once per build:
 * typical commands, end to end, against a tiny keystone stand-in on 127.0.0.1, so that the
 * archive holds the classes a real run loads (parsing, config, auth, token cache, HTTP, JSON,
 * every formatter) and not just those of whatever command happened to run first.
 */
public final class Training {
    private Training() {
    }

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", ex -> answer(ex, base));
        server.start();
        Path cache = Files.createTempDirectory("jos-training");
        try {
            Map<String, String> env = new HashMap<>();
            env.put("OS_AUTH_URL", base);
            env.put("OS_USERNAME", "trainer");
            env.put("OS_PASSWORD", "training");
            env.put("OS_PROJECT_NAME", "training");
            env.put("OS_USER_DOMAIN_NAME", "Default");
            env.put("OS_PROJECT_DOMAIN_NAME", "Default");
            env.put("OS_REGION_NAME", "RegionOne");
            env.put("OS_INTERFACE", "internal");
            env.put("XDG_CACHE_HOME", cache.toString());
            String[][] runs = {
                {"--help"},
                {"user", "list"},
                {"user", "list", "--long", "-f", "json"},
                {"project", "list", "-f", "value"},
                {"role", "list", "-f", "csv", "--sort-column", "Name"},
                {"role", "assignment", "list", "--names", "-f", "yaml"},
                {"user", "show", "trainer", "-f", "shell"},
                {"project", "show", "training"},
                {"token", "issue"},
                {"catalog", "list"},
                {"user", "create", "--password", "x", "--or-show", "trainer"},
                {"user", "set", "--description", "d", "trainer"},
                {"user", "list", "--bogus"},
                // openstack4j's compute paths (client, connector, models) and the compute discovery
                {"flavor", "list"},
                {"flavor", "list", "--long", "-f", "json"},
                {"flavor", "show", "mini"},
                {"flavor", "show", "nosuch"},
                {"keypair", "list"},
                {"keypair", "show", "key"},
                // servers (novaclient's shapes), images and networks: their commands, models and converters
                {"server", "list"},
                {"server", "show", "srv"},
                {"image", "list"},
                {"image", "show", "img"},
                {"network", "list"},
                {"network", "show", "net"},
                // shell completion: words, options, and names from the cache the listings above wrote
                {"__complete", "fla"},
                {"__complete", "flavor", "show", "--"},
                {"__complete", "flavor", "show", ""},
                {"__complete", "server", "create", "--flavor", "m"},
                {"nothing"},
            };
            for (String[] run : runs) {
                int rc = Jos.run(run, context(env, cache));
                if (System.getenv("JOS_TRAIN_TRACE") != null) {
                    System.err.println(rc + " " + String.join(" ", run));
                }
            }
            // the interactive shell with piped lines; JLine's editor only for the shell's own archive
            // (bin/jos, no command): on JDK 25 every class in the AOT cache is loaded at start-up,
            // and no other command may pay for JLine
            new Jos(new Context(env, new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()),
                    new java.io.ByteArrayInputStream("flavor list\nuser list -f value\nnothing\n".getBytes(StandardCharsets.UTF_8)),
                    cache, cache, () -> false), dev.jos.cli.Commands.registry()).execute(java.util.List.of());
            if (System.getenv("JOS_TRAIN_SHELL") != null) {
                dev.jos.shell.InteractiveShell.rehearse(context(env, cache), dev.jos.cli.Commands.registry());
            }
        } finally {
            server.stop(0);
            try (Stream<Path> files = Files.walk(cache)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Context context(Map<String, String> env, Path home) {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        // JOS_TRAIN_TRACE=1: each run's exit code and errors, to check that the runs do what they should
        PrintWriter err = System.getenv("JOS_TRAIN_TRACE") == null ? sink : new PrintWriter(System.err, true);
        return new Context(env, sink, err, InputStream.nullInputStream(), home, home, () -> false);
    }

    private static void answer(HttpExchange ex, String base) throws IOException {
        String path = ex.getRequestURI().getPath();
        ex.getRequestBody().readAllBytes();
        String body;
        int status = 200;
        if (path.equals("/")) {
            body = "{\"versions\": {\"values\": [{\"id\": \"v3.14\", \"status\": \"stable\", \"links\": "
                    + "[{\"rel\": \"self\", \"href\": \"" + base + "/v3/\"}]}]}}";
            status = 300;
        } else if (path.equals("/v3/auth/tokens")) {
            ex.getResponseHeaders().add("X-Subject-Token", "gAAAAAtraining");
            status = 201;
            body = "{\"token\": {\"expires_at\": \"2999-01-01T00:00:00.000000Z\", \"methods\": [\"password\"],"
                    + " \"user\": {\"id\": \"u1\", \"name\": \"trainer\", \"domain\": {\"id\": \"default\", \"name\": \"Default\"}},"
                    + " \"project\": {\"id\": \"p1\", \"name\": \"training\", \"domain\": {\"id\": \"default\", \"name\": \"Default\"}},"
                    + " \"roles\": [{\"id\": \"r1\", \"name\": \"admin\"}], \"catalog\": [{\"type\": \"identity\", \"name\": \"keystone\","
                    + " \"id\": \"s1\", \"endpoints\": [{\"id\": \"e1\", \"interface\": \"internal\", \"region_id\": \"RegionOne\","
                    + " \"region\": \"RegionOne\", \"url\": \"" + base + "/v3/\"}]}, {\"type\": \"compute\", \"name\": \"nova\","
                    + " \"id\": \"s2\", \"endpoints\": [{\"id\": \"e2\", \"interface\": \"internal\", \"region_id\": \"RegionOne\","
                    + " \"region\": \"RegionOne\", \"url\": \"" + base + "/v2.1\"}]}" + endpoint("image", "glance", base)
                    + endpoint("network", "neutron", base + "/network") + "]}}";
        } else if (path.equals("/v2.1")) {
            body = "{\"version\": {\"id\": \"v2.1\", \"status\": \"CURRENT\", \"version\": \"2.93\", \"min_version\": \"2.1\"}}";
        } else if (path.equals("/v2.1/flavors/detail")) {
            body = "{\"flavors\": [" + FLAVOR + "]}";
        } else if (path.equals("/v2.1/flavors/mini") || path.equals("/v2.1/flavors/f1")) {
            body = "{\"flavor\": " + FLAVOR + "}";
        } else if (path.matches("/v2.1/flavors/[^/]+/os-extra_specs")) {
            body = "{\"extra_specs\": {\"hw:cpu_policy\": \"shared\"}}";
        } else if (path.equals("/v2.1/os-keypairs")) {
            body = "{\"keypairs\": [{\"keypair\": " + KEYPAIR + "}]}";
        } else if (path.equals("/v2.1/os-keypairs/key")) {
            body = "{\"keypair\": " + KEYPAIR + "}";
        } else if (path.equals("/v2.1/servers/detail")) {
            body = "{\"servers\": [" + SERVER + "]}";
        } else if (path.equals("/v2.1/servers/srv") || path.equals("/v2.1/servers/s1")) {
            body = "{\"server\": " + SERVER + "}";
        } else if (path.equals("/v2/images")) {
            body = "{\"images\": [" + IMAGE + "], \"schema\": \"/v2/schemas/images\", \"first\": \"/v2/images\"}";
        } else if (path.equals("/v2/images/img") || path.equals("/v2/images/i1")) {
            body = IMAGE;
        } else if (path.equals("/network/") || path.equals("/network")) {
            body = "{\"versions\": [{\"id\": \"v2.0\", \"status\": \"CURRENT\", \"links\": [{\"rel\": \"self\", \"href\": \""
                    + base + "/network/v2.0/\"}]}]}";
        } else if (path.equals("/network/v2.0/networks")) {
            body = "{\"networks\": [" + NETWORK + "]}";
        } else if (path.equals("/network/v2.0/networks/net") || path.equals("/network/v2.0/networks/n1")) {
            body = "{\"network\": " + NETWORK + "}";
        } else if (path.equals("/v3/role_assignments")) {
            body = "{\"role_assignments\": [{\"role\": {\"id\": \"r1\", \"name\": \"admin\"}, \"user\": {\"id\": \"u1\","
                    + " \"name\": \"trainer\", \"domain\": {\"id\": \"default\", \"name\": \"Default\"}}, \"scope\": {\"project\":"
                    + " {\"id\": \"p1\", \"name\": \"training\", \"domain\": {\"id\": \"default\", \"name\": \"Default\"}}}}]}";
        } else if (path.matches("/v3/(users|projects|roles)")) {
            String kind = path.substring(4);
            body = "{\"" + kind + "\": [" + item(kind) + "], \"links\": {}}";
        } else if (path.matches("/v3/(users|projects|roles)/[^/]+")) {
            String kind = path.substring(4, path.lastIndexOf('/'));
            body = "{\"" + kind.substring(0, kind.length() - 1) + "\": " + item(kind) + "}";
        } else {
            status = 404;
            body = "{\"error\": {\"code\": 404, \"title\": \"Not Found\", \"message\": \"Could not find it.\"}}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.getResponseHeaders().add("x-openstack-request-id", "req-training");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static final String FLAVOR = "{\"id\": \"f1\", \"name\": \"mini\", \"ram\": 512, \"disk\": 1, \"swap\": 0,"
            + " \"OS-FLV-EXT-DATA:ephemeral\": 0, \"OS-FLV-DISABLED:disabled\": false, \"vcpus\": 1,"
            + " \"os-flavor-access:is_public\": true, \"rxtx_factor\": 1.0, \"description\": null, \"extra_specs\": {}}";
    private static final String KEYPAIR = "{\"name\": \"key\", \"type\": \"ssh\", \"user_id\": \"u1\", \"id\": 1,"
            + " \"fingerprint\": \"aa:bb\", \"public_key\": \"ssh-ed25519 AAAA training\", \"deleted\": false,"
            + " \"created_at\": \"2026-01-01T00:00:00.000000\", \"updated_at\": null, \"deleted_at\": null}";

    private static final String SERVER = "{\"id\": \"s1\", \"name\": \"srv\", \"status\": \"ACTIVE\", \"tenant_id\": \"p1\","
            + " \"user_id\": \"u1\", \"metadata\": {}, \"hostId\": \"h\", \"image\": {\"id\": \"i1\", \"links\": []},"
            + " \"flavor\": {\"id\": \"f1\", \"links\": []}, \"created\": \"2026-01-01T00:00:00Z\","
            + " \"updated\": \"2026-01-01T00:00:00Z\", \"addresses\": {\"net\": [{\"version\": 4, \"addr\": \"10.0.0.5\","
            + " \"OS-EXT-IPS:type\": \"fixed\", \"OS-EXT-IPS-MAC:mac_addr\": \"fa:16:3e:00:00:01\"}]}, \"accessIPv4\": \"\","
            + " \"accessIPv6\": \"\", \"links\": [], \"OS-DCF:diskConfig\": \"MANUAL\", \"progress\": 0,"
            + " \"OS-EXT-AZ:availability_zone\": \"nova\", \"config_drive\": \"\", \"key_name\": \"key\","
            + " \"OS-SRV-USG:launched_at\": \"2026-01-01T00:00:00.000000\", \"OS-SRV-USG:terminated_at\": null,"
            + " \"OS-EXT-STS:task_state\": null, \"OS-EXT-STS:vm_state\": \"active\", \"OS-EXT-STS:power_state\": 1,"
            + " \"os-extended-volumes:volumes_attached\": [], \"security_groups\": [{\"name\": \"default\"}]}";
    private static final String IMAGE = "{\"id\": \"i1\", \"name\": \"img\", \"status\": \"active\", \"disk_format\": \"raw\","
            + " \"container_format\": \"bare\", \"visibility\": \"public\", \"size\": 1024, \"virtual_size\": 1024,"
            + " \"checksum\": \"0f343b0931126a20f133d67c2b018a3b\", \"protected\": false, \"min_ram\": 0, \"min_disk\": 0,"
            + " \"owner\": \"p1\", \"os_hidden\": false, \"os_hash_algo\": \"sha512\", \"os_hash_value\": \"8efb\","
            + " \"created_at\": \"2026-01-01T00:00:00Z\", \"updated_at\": \"2026-01-01T00:00:00Z\", \"tags\": [],"
            + " \"self\": \"/v2/images/i1\", \"file\": \"/v2/images/i1/file\", \"schema\": \"/v2/schemas/image\"}";
    private static final String NETWORK = "{\"id\": \"n1\", \"name\": \"net\", \"tenant_id\": \"p1\", \"admin_state_up\": true,"
            + " \"mtu\": 1500, \"status\": \"ACTIVE\", \"subnets\": [\"sn1\"], \"shared\": false,"
            + " \"availability_zone_hints\": [], \"availability_zones\": [], \"ipv4_address_scope\": null,"
            + " \"ipv6_address_scope\": null, \"router:external\": true, \"description\": \"\", \"port_security_enabled\": true,"
            + " \"is_default\": false, \"tags\": [], \"created_at\": \"2026-01-01T00:00:00Z\", \"updated_at\": \"2026-01-01T00:00:00Z\","
            + " \"revision_number\": 2, \"project_id\": \"p1\", \"provider:network_type\": \"flat\","
            + " \"provider:physical_network\": \"physnet1\", \"provider:segmentation_id\": null}";

    private static String endpoint(String type, String name, String url) {
        return ", {\"type\": \"" + type + "\", \"name\": \"" + name + "\", \"id\": \"s-" + name + "\", \"endpoints\": [{\"id\": \"e-"
                + name + "\", \"interface\": \"internal\", \"region_id\": \"RegionOne\", \"region\": \"RegionOne\", \"url\": \""
                + url + "\"}]}";
    }

    private static String item(String kind) {
        String id = kind.substring(0, 1) + "1";
        String name = kind.equals("users") ? "trainer" : kind.equals("projects") ? "training" : "admin";
        return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"domain_id\": \"default\", \"enabled\": true,"
                + " \"options\": {}, \"description\": null, \"tags\": [], \"links\": {\"self\": \"x\"}}";
    }
}
