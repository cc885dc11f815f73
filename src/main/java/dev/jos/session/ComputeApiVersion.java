package dev.jos.session;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check OSC 6.0 makes of --os-compute-api-version (OS_COMPUTE_API_VERSION) before any
 * command runs: novaclient's get_api_version, then its supported range.
 */
public final class ComputeApiVersion {
    /** novaclient 18.1's API_MIN_VERSION and API_MAX_VERSION, as OSC 6.0 checks them. */
    static final Microversion CLIENT_MIN = new Microversion(2, 1);
    static final Microversion CLIENT_MAX = new Microversion(2, 92);
    private static final Pattern FORMAT = Pattern.compile("^([1-9]\\d*)\\.([1-9]\\d*|0|latest)$");

    private ComputeApiVersion() {
    }

    /** Throws OSC's CommandError for a value it refuses; null or empty means not given. */
    public static void check(String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        String v = value.matches("-?\\d+") ? value + ".0" : value;
        Matcher m = FORMAT.matcher(v);
        if (!m.matches()) {
            throw new CommandException("Invalid format of client version '" + v + "'. Expected format 'X.Y', where X is"
                    + " a major part and Y is a minor part of version.");
        }
        if (!m.group(1).equals("2")) {
            throw new CommandException("Invalid client version '" + v + "'. Major part should be '2'");
        }
        if (m.group(2).equals("latest")) {
            return;
        }
        Microversion mv = new Microversion(2, Integer.parseInt(m.group(2)));
        if (mv.compareTo(new Microversion(2, 0)) > 0 && (mv.compareTo(CLIENT_MIN) < 0 || mv.compareTo(CLIENT_MAX) > 0)) {
            throw new CommandException("versions supported by client: " + CLIENT_MIN + " - " + CLIENT_MAX);
        }
    }
}
