package dev.jos.compute.server;

import dev.jos.cli.Invocation;

/** OSC's --all-projects, whose default is boolenv('ALL_PROJECTS'). */
final class AllProjects {
    private AllProjects() {
    }

    static boolean effective(Boolean option, Invocation inv) {
        if (option != null && option) {
            return true;
        }
        String env = inv.env("ALL_PROJECTS");
        if (env == null || env.isEmpty()) {
            return false;
        }
        // oslo's bool_from_string: these words are true, anything else false
        String v = env.strip().toLowerCase(java.util.Locale.ROOT);
        return v.equals("1") || v.equals("t") || v.equals("true") || v.equals("on") || v.equals("y") || v.equals("yes");
    }
}
