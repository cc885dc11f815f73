package dev.jos.session;

import dev.jos.json.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ServiceCatalogTest {
    private static final String CATALOG = """
            [{"type": "identity", "name": "keystone", "endpoints": [
               {"interface": "public", "region_id": "RegionOne", "region": "RegionOne", "url": "http://pub:5000/v3/"},
               {"interface": "internal", "region_id": "RegionOne", "region": "RegionOne", "url": "http://int:5000/v3/"},
               {"interface": "public", "region_id": "Two", "region": "Two", "url": "http://two:5000/v3/"}]}]
            """;

    private static ServiceCatalog catalog() throws Exception {
        return new ServiceCatalog(Json.parse(CATALOG));
    }

    @Test
    void selectsByInterfaceAndRegion() throws Exception {
        assertEquals("http://int:5000/v3/", catalog().endpoint("identity", "internal", "RegionOne"));
        assertEquals("http://two:5000/v3/", catalog().endpoint("identity", "public", "Two"));
        assertEquals("http://pub:5000/v3/", catalog().endpoint("identity", "public", null));
    }

    @Test
    void aMissingRegionIsWordedAsKeystoneauthWordsIt() throws Exception {
        CommandException e = assertThrows(CommandException.class, () -> catalog().endpoint("identity", "public", "Seoul"));
        assertEquals("public endpoint for identity service in Seoul region not found", e.getMessage());
        e = assertThrows(CommandException.class, () -> catalog().endpoint("compute", "public", null));
        assertEquals("public endpoint for compute service not found", e.getMessage());
    }
}
