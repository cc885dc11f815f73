package dev.jos.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jos.json.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keeps secrets out of --debug and --record output; the one place that knows what is secret.
 *
 * <ul>
 * <li>Headers Authorization, X-Auth-Token, X-Subject-Token, X-Service-Token: shown as
 *     {@code {SHA256}<hex digest>}, keystoneauth's form, so equal tokens still look equal.</li>
 * <li>JSON fields named password (also *_password, adminPass, new_pass...), secret (application
 *     credentials, EC2), passphrase, private_key, auth_token, token (when a string): {@code ***},
 *     oslo's mask.</li>
 * <li>The {@code id} of a {@code token} object (token auth method, v2 access.token): hashed like
 *     the token headers.</li>
 * <li>Strings that are themselves JSON objects (a credential's {@code blob}) are redacted inside.</li>
 * </ul>
 */
public final class Redactor {
    public static final String MASK = "***";

    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-auth-token", "x-subject-token",
            "x-service-token");
    private static final Set<String> SECRET_FIELDS = Set.of("password", "adminpass", "admin_pass", "new_pass",
            "secret", "passphrase", "private_key", "auth_token", "token");

    /**
     * Options whose value is a secret, in OSC's global options and its commands. picocli accepts
     * abbreviations ({@code --os-pass}), so a prefix of one of these counts too, except for the
     * flags below, which take no value.
     */
    private static final Set<String> SECRET_OPTIONS = Set.of("--os-password", "--password", "--os-token",
            "--os-auth-token", "--os-application-credential-secret", "--secret", "--original-password",
            "--new-password", "--os-client-secret", "--os-passcode", "--passcode", "--os-access-secret",
            "--os-consumer-secret", "--os-profile");
    private static final Set<String> SECRET_LOOKALIKE_FLAGS = Set.of("--password-prompt", "--no-token-cache");

    public Redactor() {
    }

    /**
     * argv with the values of secret options masked: {@code --os-password X} and
     * {@code --os-password=X} become {@code --os-password ***} and {@code --os-password=***}.
     */
    public static java.util.List<String> argv(java.util.List<String> argv) {
        java.util.List<String> out = new java.util.ArrayList<>(argv.size());
        boolean maskNext = false;
        for (String arg : argv) {
            if (maskNext) {
                out.add(MASK);
                maskNext = false;
                continue;
            }
            if (arg.equals("--")) {
                out.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (isSecretOption(name)) {
                if (eq < 0) {
                    out.add(arg);
                    maskNext = true;
                } else {
                    out.add(name + "=" + MASK);
                }
            } else {
                out.add(arg);
            }
        }
        return out;
    }

    public static boolean isSecretOption(String name) {
        if (!name.startsWith("--") || name.length() < 5 || SECRET_LOOKALIKE_FLAGS.contains(name)) {
            return false;
        }
        for (String secret : SECRET_OPTIONS) {
            if (secret.startsWith(name)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isSecretHeader(String name) {
        return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The value to show for a header: secret ones hashed. */
    public String headerValue(String name, String value) {
        return isSecretHeader(name) ? hash(value) : value;
    }

    /** keystoneauth's token display: {@code {SHA256}} and the hex SHA-256 of the UTF-8 bytes. */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return "{SHA256}" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    static boolean isSecretField(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return SECRET_FIELDS.contains(n) || n.endsWith("_password");
    }

    /** A redacted deep copy; equal to the input when there was nothing to hide. */
    public JsonNode redact(JsonNode node) {
        JsonNode copy = node.deepCopy();
        redactInPlace(copy);
        return copy;
    }

    private void redactInPlace(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> it = object.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                if (value.isContainerNode()) {
                    if (field.getKey().equalsIgnoreCase("token") && value.path("id").isTextual()) {
                        ((ObjectNode) value).put("id", hash(value.path("id").textValue()));
                    }
                    redactInPlace(value);
                } else if (isSecretField(field.getKey()) && !value.isNull()) {
                    field.setValue(TextNode.valueOf(MASK));
                } else if (value.isTextual()) {
                    field.setValue(redactEmbeddedJson(value));
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item.isContainerNode()) {
                    redactInPlace(item);
                } else if (item.isTextual()) {
                    array.set(i, redactEmbeddedJson(item));
                }
            }
        }
    }

    /** A string holding a JSON object, like an EC2 credential blob, redacted inside. */
    private JsonNode redactEmbeddedJson(JsonNode text) {
        String s = text.textValue().trim();
        if (!s.startsWith("{") || !s.endsWith("}")) {
            return text;
        }
        try {
            JsonNode inner = Json.parse(s);
            JsonNode redacted = redact(inner);
            return redacted.equals(inner) ? text : TextNode.valueOf(Json.writeString(redacted));
        } catch (java.io.IOException e) {
            return text;
        }
    }
}
