package dev.jos.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.jos.http.ApiResponse;
import dev.jos.json.Json;

/**
 * openstacksdk's exceptions.raise_from_response, for the commands OSC 6.0 runs through the SDK
 * (flavor, keypair, image, network): "{Class}: {status}: {Client|Server} Error for url: {url},
 * {details}", where the details are the "message" (or "faultstring") of each top-level object of
 * a JSON body, the tag-stripped lines of an HTML body, else the reason phrase.
 */
public final class SdkErrors {
    private SdkErrors() {
    }

    /** The error for a response of status 400 or more to a request for {@code url}. */
    public static ApiException fromResponse(ApiResponse response, String url) {
        int status = response.status();
        String cls = switch (status) {
            case 409 -> "ConflictException";
            // openstacksdk's NotFoundException is an alias of ResourceNotFound, whose name it prints
            case 404 -> "ResourceNotFound";
            case 400 -> "BadRequestException";
            case 412 -> "PreconditionFailedException";
            default -> "HttpException";
        };
        String details = details(response);
        String source = status >= 400 && status < 500 ? "Client" : "Server";
        StringBuilder text = new StringBuilder(cls).append(": ").append(status).append(": ")
                .append(source).append(" Error for url: ").append(url);
        if (details != null && !details.isEmpty()) {
            text.append(", ").append(details);
        }
        return new SdkException(text.toString(), status, details, response.headers().first("x-openstack-request-id"));
    }

    private static String details(ApiResponse response) {
        String contentType = response.contentType() == null ? "" : response.contentType();
        String details = null;
        if (response.bodyLength() > 0 && contentType.contains("application/json")) {
            try {
                JsonNode content = Json.parse(response.body());
                List<String> messages = new ArrayList<>();
                if (content != null && content.isObject()) {
                    for (Iterator<JsonNode> it = content.elements(); it.hasNext();) {
                        messages.add(message(it.next()));
                    }
                }
                if (messages.stream().allMatch(m -> m == null)) {
                    messages = new ArrayList<>();
                    messages.add(message(content));
                }
                StringBuilder sb = new StringBuilder();
                for (String m : messages) {
                    if (m != null && !m.isEmpty()) {
                        sb.append(sb.length() == 0 ? "" : "\n").append(m);
                    }
                }
                details = sb.toString();
            } catch (IOException | RuntimeException e) {
                details = response.bodyText();
            }
        } else if (response.bodyLength() > 0 && contentType.contains("text/html")) {
            Set<String> lines = new LinkedHashSet<>();
            for (String line : response.bodyText().split("\r?\n|\r")) {
                String m = line.strip().replaceAll("<.+?>", "");
                if (!m.isEmpty()) {
                    lines.add(m);
                }
            }
            details = String.join(": ", lines);
        }
        if (details == null || details.isEmpty()) {
            details = !response.reason().isEmpty() ? response.reason() : response.bodyText();
        }
        return details;
    }

    /** _extract_message: a dict's "message", else its "faultstring"; a string holding JSON is read again. */
    private static String message(JsonNode obj) {
        if (obj == null) {
            return null;
        }
        if (obj.isObject()) {
            JsonNode m = obj.get("message");
            if (m != null && !m.isNull() && !m.asText().isEmpty()) {
                return m.isTextual() ? m.asText() : m.toString();
            }
            JsonNode f = obj.get("faultstring");
            if (f != null && !f.isNull() && !f.asText().isEmpty()) {
                return f.asText();
            }
        } else if (obj.isTextual()) {
            try {
                return message(Json.parse(obj.asText().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    /** An SDK HttpException: its text is the SDK's, its status drives jos's decisions. */
    static final class SdkException extends ApiException {
        SdkException(String text, int status, String details, String requestId) {
            super(text, status, details, requestId);
        }
    }
}
