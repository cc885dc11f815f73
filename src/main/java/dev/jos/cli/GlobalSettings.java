package dev.jos.cli;

import java.util.Map;

/**
 * The global options of one invocation. {@code osOptions} holds the `--os-*` options the user
 * gave, keyed by the option name without `--os-` (what the configuration loader expects).
 */
public record GlobalSettings(boolean help, boolean version, boolean debug, boolean timing,
                             int verbosity, boolean quiet, String logFile, Boolean insecure,
                             boolean noTokenCache, String recordFile, Map<String, String> osOptions) {

    public static GlobalSettings none() {
        return new GlobalSettings(false, false, false, false, 0, false, null, null, false, null, Map.of());
    }
}
