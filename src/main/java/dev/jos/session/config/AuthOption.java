package dev.jos.session.config;

import java.util.List;

/**
 * One option of a keystoneauth auth plugin, as {@code keystoneauth1.loading.Opt} describes it.
 *
 * @param name       option name, usually dashed ({@code auth-url}); OSC's messages quote it
 * @param dest       the key the plugin reads from the {@code auth} dict ({@code auth_url})
 * @param deprecated older names still accepted ({@code tenant-name} for {@code project-name})
 * @param required   OSC fails with "Missing value NAME required for auth plugin P" without it
 * @param secret     never shown in clear
 * @param prompt     OSC asks for it on a terminal when missing (null: never asked)
 */
record AuthOption(String name, String dest, List<String> deprecated, boolean required, boolean secret,
                  String prompt) {

    /** The key this option has in a config dict: OSC replaces '-' with '_' before looking. */
    String configKey() {
        return name.replace('-', '_');
    }
}
