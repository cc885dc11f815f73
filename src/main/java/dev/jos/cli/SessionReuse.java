package dev.jos.cli;

import java.util.HashMap;
import java.util.Map;

import dev.jos.session.AuthToken;
import dev.jos.session.config.CloudConfig;

/**
 * What one interactive session keeps between its commands: the loaded configuration (with any
 * password asked for at the prompt) per set of global options, and the token per set of auth
 * settings, so the session logs in once. Held in memory only, by the shell that owns it.
 */
public final class SessionReuse {
    private final Map<Map<String, String>, CloudConfig> configs = new HashMap<>();
    private final Map<String, AuthToken> tokens = new HashMap<>();

    synchronized CloudConfig config(Map<String, String> osOptions) {
        return configs.get(osOptions);
    }

    synchronized void keepConfig(Map<String, String> osOptions, CloudConfig config) {
        configs.put(Map.copyOf(osOptions), config);
    }

    synchronized AuthToken token(String cacheKey) {
        return tokens.get(cacheKey);
    }

    synchronized void keepToken(String cacheKey, AuthToken token) {
        if (token != null) {
            tokens.put(cacheKey, token);
        }
    }
}
