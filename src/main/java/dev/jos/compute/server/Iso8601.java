package dev.jos.compute.server;

import java.util.regex.Pattern;

/** What the iso8601 package OSC uses accepts as a date: YYYY[-MM[-DD]] with an optional time and zone. */
final class Iso8601 {
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}(-?\\d{2}(-?\\d{2}([T ]\\d{2}(:?\\d{2}(:?\\d{2}([.,]\\d+)?)?)?(Z|[+-]\\d{2}(:?\\d{2})?)?)?)?)?");

    private Iso8601() {
    }

    static boolean valid(String text) {
        return DATE.matcher(text).matches();
    }
}
