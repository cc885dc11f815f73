package dev.jos.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.compute.Flavor;

import com.sun.net.httpserver.HttpServer;

import dev.jos.http.Exchange;
import dev.jos.http.Transport;
import dev.jos.http.TransportBinding;
import dev.jos.json.Json;

/** openstack4j's compute API over jos's token and transport, against a stand-in nova on 127.0.0.1. */
class Openstack4jClientsTest {

    @Test
    void openstack4jUsesTheSessionsTokenAndJosTransport() throws Exception {
        HttpServer nova = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> tokensSeen = new ArrayList<>();
        nova.createContext("/v2.1/flavors/detail", ex -> {
            tokensSeen.add(ex.getRequestHeaders().getFirst("X-Auth-Token"));
            byte[] body = "{\"flavors\": [{\"id\": \"f1\", \"name\": \"mini\", \"ram\": 512, \"vcpus\": 1, \"disk\": 1}]}"
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        nova.start();
        try {
            String url = "http://127.0.0.1:" + nova.getAddress().getPort();
            AuthToken token = new AuthToken("gAAAAjos-token", Json.parse(("{\"expires_at\": \"2999-01-01T00:00:00.000000Z\","
                    + " \"methods\": [\"password\"], \"user\": {\"id\": \"u1\", \"name\": \"admin\", \"domain\": {\"id\": \"default\"}},"
                    + " \"project\": {\"id\": \"p1\", \"name\": \"admin\", \"domain\": {\"id\": \"default\"}},"
                    + " \"catalog\": [{\"type\": \"compute\", \"name\": \"nova\", \"id\": \"s1\", \"endpoints\": ["
                    + "{\"id\": \"e1\", \"interface\": \"internal\", \"region_id\": \"RegionOne\", \"region\": \"RegionOne\","
                    + " \"url\": \"" + url + "/v2.1\"}]}]}").getBytes(StandardCharsets.UTF_8)), url + "/v3");
            List<Exchange> seen = new ArrayList<>();
            Transport transport = Transport.builder().userAgent("jos/test").listener(seen::add).build();

            ServiceCatalog catalog = token.catalog();
            OSClientV3 client = Openstack4jClients.from(token, type -> catalog.endpoint(type, "internal", "RegionOne"));
            List<? extends Flavor> flavors;
            try (TransportBinding binding = TransportBinding.bind(transport)) {
                flavors = client.compute().flavors().list();
            }

            assertEquals(List.of("mini"), flavors.stream().map(Flavor::getName).toList());
            assertEquals(List.of("gAAAAjos-token"), tokensSeen);
            assertEquals(1, seen.size());
            assertEquals(url + "/v2.1/flavors/detail", seen.get(0).request().url());
        } finally {
            nova.stop(0);
        }
    }
}
