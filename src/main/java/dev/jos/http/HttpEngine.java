package dev.jos.http;

import java.io.IOException;

/** Carries one request over the wire and reads the whole response. */
interface HttpEngine {
    ApiResponse execute(ApiRequest request) throws IOException;
}
