package dev.jos.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UrlsTest {
    @Test
    void aValueIsAlwaysExactlyOneSegment() {
        assertEquals("probe%20sp-1", Urls.segment("probe sp-1"));
        assertEquals("..%2Fusers%2Fabc", Urls.segment("../users/abc"));
        assertEquals("%2E%2E", Urls.segment(".."));
        assertEquals("%2E", Urls.segment("."));
        assertEquals("a.b", Urls.segment("a.b"));
        assertEquals("a%0Ab%09c%3Fd%23e%25", Urls.segment("a\nb\tc?d#e%"));
        assertEquals("%C3%A9", Urls.segment("é"));
        assertEquals("/users/a%2Fb/projects", Urls.path("users", "a/b", "projects"));
    }

    @Test
    void queryValuesAreEncodedAsPythonRequestsDoes() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("name", "a b&c=d");
        q.put("domain_id", "x*y~");
        assertEquals("?name=a+b%26c%3Dd&domain_id=x%2Ay~", Urls.query(q));
        assertEquals("", Urls.query(Map.of()));
        assertEquals("?tags=a&tags=b", Urls.query(List.of(Map.entry("tags", "a"), Map.entry("tags", "b"))));
    }

    @Test
    void joinPutsExactlyOneSlash() {
        assertEquals("http://h/v3/users", Urls.join("http://h/v3/", "/users"));
        assertEquals("http://h/v3/users", Urls.join("http://h/v3", "users"));
        assertEquals("http://h/v3", Urls.join("http://h/v3/", ""));
    }
}
