package dev.jos.cli;

/**
 * One OSC command (one verb of one resource). Picocli fills its option fields; {@link #run} does
 * the work against the invocation's services and returns data for the shared output layer.
 */
public interface JosCommand {

    CommandResult run(Invocation inv) throws Exception;

    /** Like cliff's `auth_required`: whether the cloud settings are checked before parsing. */
    default boolean needsAuth() {
        return true;
    }

    /** Sets of options argparse would declare mutually exclusive, checked in the order typed. */
    default java.util.List<java.util.List<String>> exclusiveOptions() {
        return java.util.List.of();
    }
}
