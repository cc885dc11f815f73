package dev.jos.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** --os-profile's headers, against what OSC 6.0 (osprofiler 3.4.3) sent on the lab for the same trace id and key. */
class OsProfilerHeadersTest {
    private static final String ID = "01245b16-00dc-492a-a4ba-ba0ad71ab69e";

    @Test
    void headersAreOsprofilersSignedPack() {
        OsProfilerHeaders p = new OsProfilerHeaders("secretkey", ID);
        ApiRequest r = p.apply(ApiRequest.builder("GET", "http://127.0.0.1:5000/v3").build());
        assertEquals("eyJiYXNlX2lkIjogIjAxMjQ1YjE2LTAwZGMtNDkyYS1hNGJhLWJhMGFkNzFhYjY5ZSIsICJwYXJlbnRfaWQiOiAiMDEy"
                + "NDViMTYtMDBkYy00OTJhLWE0YmEtYmEwYWQ3MWFiNjllIn0=", r.headers().first("X-Trace-Info"));
        assertEquals("200e0c3f9f9350261bb85ab25cc7c38a3c32afbe", r.headers().first("X-Trace-HMAC"));
        assertSame(r, p.apply(r), "a retry keeps its headers, not a second pair");
    }

    @Test
    void closingLinesAreOsclibs() {
        assertEquals("Trace ID: " + ID + "\n"
                + "Short trace ID for OpenTracing-based drivers: a4baba0ad71ab69e\n"
                + "Display trace data with command:\n"
                + "osprofiler trace show --html " + ID + " \n", new OsProfilerHeaders("secretkey", ID).closingLines());
    }

    @Test
    void shortIdHasNoLeadingZeros() {
        assertEquals("Short trace ID for OpenTracing-based drivers: f\n",
                new OsProfilerHeaders("k", "01245b16-00dc-492a-0000-00000000000f").closingLines().lines().skip(1).findFirst()
                        .map(l -> l + "\n").orElseThrow());
    }
}
