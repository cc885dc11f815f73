package dev.jos.session.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A SHA-256 over what decides which token keystone hands out: where and how one authenticates,
 * who, and the scope asked for. Region and interface only pick endpoints from the catalog, so
 * they are left out. Secrets enter as their own SHA-256, so a changed password changes the key
 * while the key never carries a secret in clear.
 */
final class CacheKey {

    /** The auth keys that identify the token; order is part of the key format. */
    private static final List<String> IDENTITY_KEYS = List.of(
            "auth_url", "endpoint", "user_id", "username", "user_domain_id", "user_domain_name",
            "project_id", "project_name", "tenant_id", "tenant_name", "project_domain_id", "project_domain_name",
            "domain_id", "domain_name", "system_scope", "trust_id", "application_credential_id",
            "application_credential_name", "default_domain_id", "default_domain_name");

    private static final List<String> SECRET_KEYS = List.of(
            "password", "token", "application_credential_secret", "passcode");

    private CacheKey() {
    }

    static String of(String authType, Map<String, Object> auth) {
        StringBuilder canonical = new StringBuilder("jos-token-cache-v1\n");
        field(canonical, "auth_type", authType);
        for (String key : IDENTITY_KEYS) {
            field(canonical, key, auth.containsKey(key) ? Dicts.str(auth.get(key)) : null);
        }
        for (String key : SECRET_KEYS) {
            field(canonical, key, auth.containsKey(key) ? sha256(Dicts.str(auth.get(key))) : null);
        }
        return sha256(canonical.toString());
    }

    /** Length-prefixed, so no value can imitate a field boundary; absent differs from "". */
    private static void field(StringBuilder out, String key, String value) {
        out.append(key).append('=');
        if (value == null) {
            out.append('-');
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append('\n');
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has SHA-256", e);
        }
    }
}
