package dev.jos.session;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

/** A compute microversion such as 2.61: parsed, compared, and turned into request headers. */
public record Microversion(int major, int minor) implements Comparable<Microversion> {

    /** "2.61" to 2.61; a value that is not MAJOR.MINOR is a CommandException worded as OSC's. */
    public static Microversion parse(String text) {
        String[] parts = text.trim().split("\\.");
        try {
            if (parts.length == 2) {
                return new Microversion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        throw new CommandException("Invalid microversion: " + text);
    }

    public boolean atLeast(Microversion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(Microversion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }

    /** The headers openstacksdk sends for a compute microversion (none for null). */
    public static Map<String, String> computeHeaders(Microversion v) {
        Map<String, String> h = new LinkedHashMap<>();
        if (v != null) {
            h.put("OpenStack-API-Version", "compute " + v);
            h.put("X-OpenStack-Nova-API-Version", v.toString());
        }
        return h;
    }

    /**
     * Which microversion a call uses: the user's (--os-compute-api-version /
     * OS_COMPUTE_API_VERSION, when it names a MAJOR.MINOR version) or else, as openstacksdk
     * negotiates, the highest that both the resource and the server know. The server's range
     * is discovered once per token (cached with it), and only when a call needs it.
     */
    public static final class Negotiator {
        private final Microversion requested;
        private final Supplier<JsonNode> serverRange;

        /** @param serverRange {"min": "2.1", "max": "2.93"} of the endpoint, or empty when it has no microversions */
        public Negotiator(String requested, Supplier<JsonNode> serverRange) {
            // "2" (novaclient's 2.0) and "2.latest" leave the choice to negotiation
            this.requested = requested != null && requested.matches("\\d+\\.\\d+") && !requested.endsWith(".0")
                    ? parse(requested) : null;
            this.serverRange = serverRange;
        }

        /** The user's explicit version, or null when the client's default or negotiation applies. */
        public Microversion requested() {
            return requested;
        }

        /** openstacksdk's _get_microversion for a resource whose newest known version is {@code resourceMax}. */
        public Microversion sdk(String resourceMax) {
            if (requested != null) {
                return requested;
            }
            JsonNode range = serverRange.get();
            if (range == null || !range.hasNonNull("max") || range.path("max").asText().isEmpty()) {
                return null;
            }
            Microversion max = parse(range.path("max").asText());
            Microversion min = range.hasNonNull("min") && !range.path("min").asText().isEmpty()
                    ? parse(range.path("min").asText()) : new Microversion(2, 1);
            Microversion want = parse(resourceMax);
            Microversion use = want.compareTo(max) <= 0 ? want : max;
            return use.compareTo(min) >= 0 ? use : null;
        }
    }
}
