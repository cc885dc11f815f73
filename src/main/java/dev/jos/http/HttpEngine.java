package dev.jos.http;

import java.io.IOException;

/** Carries one request over the wire and hands back the response with its body still open. */
interface HttpEngine {
    /**
     * Sends the request, its body through the meter when one is given, and reads status and
     * headers. Error bodies (status >= 400) are read whole here; others are left open.
     */
    OpenResponse open(ApiRequest request, BodyMeter sentMeter) throws IOException;
}
