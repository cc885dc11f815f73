package dev.jos.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.jos.json.Json;

/** Version discovery of unversioned catalog URLs, over root documents as glance and neutron send them. */
class EndpointDiscoveryTest {

    @Test
    void theNewestUsableVersionOfTheWantedMajorWins() throws Exception {
        String glance = "{\"versions\": [{\"id\": \"v2.15\", \"status\": \"CURRENT\", \"links\": [{\"rel\": \"self\", \"href\": \"http://g:9292/v2/\"}]},"
                + " {\"id\": \"v2.9\", \"status\": \"SUPPORTED\", \"links\": [{\"rel\": \"self\", \"href\": \"http://g:9292/v2old/\"}]},"
                + " {\"id\": \"v3.0\", \"status\": \"EXPERIMENTAL\", \"links\": [{\"rel\": \"self\", \"href\": \"http://g:9292/v3/\"}]},"
                + " {\"id\": \"v1.1\", \"status\": \"DEPRECATED\", \"links\": [{\"rel\": \"self\", \"href\": \"http://g:9292/v1/\"}]}]}";
        assertEquals("http://g:9292/v2", EndpointDiscovery.versionedUrl(Json.parse(glance), 2));
        assertNull(EndpointDiscovery.versionedUrl(Json.parse(glance), 1));
        String neutron = "{\"versions\": [{\"id\": \"v2.0\", \"status\": \"CURRENT\", \"links\": [{\"href\": \"http://n:9696/v2.0/\", \"rel\": \"self\"}]}]}";
        assertEquals("http://n:9696/v2.0", EndpointDiscovery.versionedUrl(Json.parse(neutron), 2));
        String keystoneShape = "{\"versions\": {\"values\": [{\"id\": \"v3.14\", \"status\": \"stable\", \"links\": [{\"rel\": \"self\", \"href\": \"http://k/v3/\"}]}]}}";
        assertEquals("http://k/v3", EndpointDiscovery.versionedUrl(Json.parse(keystoneShape), 3));
        assertNull(EndpointDiscovery.versionedUrl(Json.parse("{\"unexpected\": 1}"), 2));
        assertNull(EndpointDiscovery.versionedUrl(null, 2));
    }

    @Test
    void aCatalogUrlWithAVersionIsUsedAsItIs() {
        assertTrue(EndpointDiscovery.isVersioned("http://127.0.0.1:8774/v2.1"));
        assertTrue(EndpointDiscovery.isVersioned("http://127.0.0.1:5000/v3/"));
        assertFalse(EndpointDiscovery.isVersioned("http://127.0.0.1:9292"));
        assertFalse(EndpointDiscovery.isVersioned("http://127.0.0.1:9696/"));
        assertFalse(EndpointDiscovery.isVersioned("http://host/v2x"));
    }
}
