package dev.jos.identity.user;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.json.Json;
import picocli.CommandLine.Option;

/** The account options `user create` and `user set` share (OSC's _add_user_options). */
public class UserOptions {
    @Option(names = "--ignore-lockout-failure-attempts", description = "Opt into ignoring the number of times a user has authenticated and locking out the user as a result")
    boolean ignoreLockout;
    @Option(names = "--no-ignore-lockout-failure-attempts", description = "Opt out of ignoring the number of times a user has authenticated and locking out the user as a result")
    boolean noIgnoreLockout;
    @Option(names = "--ignore-password-expiry", description = "Opt into allowing user to continue using passwords that may be expired")
    boolean ignorePasswordExpiry;
    @Option(names = "--no-ignore-password-expiry", description = "Opt out of allowing user to continue using passwords that may be expired")
    boolean noIgnorePasswordExpiry;
    @Option(names = "--ignore-change-password-upon-first-use", description = "Control if a user should be forced to change their password immediately after they log into keystone for the first time. Opt into ignoring the user to change their password during first time login in keystone")
    boolean ignoreChangePassword;
    @Option(names = "--no-ignore-change-password-upon-first-use", description = "Control if a user should be forced to change their password immediately after they log into keystone for the first time. Opt out of ignoring the user to change their password during first time login in keystone")
    boolean noIgnoreChangePassword;
    @Option(names = "--enable-lock-password", description = "Disables the ability for a user to change its password through self-service APIs")
    boolean enableLockPassword;
    @Option(names = "--disable-lock-password", description = "Enables the ability for a user to change its password through self-service APIs")
    boolean disableLockPassword;
    @Option(names = "--enable-multi-factor-auth", description = "Enables the MFA (Multi Factor Auth)")
    boolean enableMfa;
    @Option(names = "--disable-multi-factor-auth", description = "Disables the MFA (Multi Factor Auth)")
    boolean disableMfa;
    @Option(names = "--multi-factor-auth-rule", paramLabel = "<rule>", description = "Set multi-factor auth rules. For example, to set a rule requiring the \"password\" and \"totp\" auth methods to be provided, use: \"--multi-factor-auth-rule password,totp\". May be provided multiple times to set different rule combinations.")
    List<String> mfaRules = new ArrayList<>();

    /** OSC's _get_options_for_user: only what was asked for goes into `options`. */
    ObjectNode toOptions() {
        ObjectNode o = Json.object();
        flag(o, "ignore_lockout_failure_attempts", ignoreLockout, noIgnoreLockout);
        flag(o, "ignore_password_expiry", ignorePasswordExpiry, noIgnorePasswordExpiry);
        flag(o, "ignore_change_password_upon_first_use", ignoreChangePassword, noIgnoreChangePassword);
        flag(o, "lock_password", enableLockPassword, disableLockPassword);
        flag(o, "multi_factor_auth_enabled", enableMfa, disableMfa);
        if (!mfaRules.isEmpty()) {
            ArrayNode rules = o.putArray("multi_factor_auth_rules");
            for (String rule : mfaRules) {
                ArrayNode r = rules.addArray();
                for (String method : rule.split(",", -1)) {
                    r.add(method);
                }
            }
        }
        return o;
    }

    private static void flag(ObjectNode o, String key, boolean on, boolean off) {
        if (on) {
            o.put(key, true);
        }
        if (off) {
            o.put(key, false);
        }
    }
}
