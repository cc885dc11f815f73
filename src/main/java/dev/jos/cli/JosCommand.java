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

    /**
     * All of a command's mutually exclusive groups, in argparse's order: cliff's Lister adds its
     * sort-direction group before the command adds its own.
     */
    static java.util.List<java.util.List<String>> exclusiveGroups(JosCommand command) {
        java.util.List<java.util.List<String>> groups = new java.util.ArrayList<>();
        if (command instanceof ListCommand) {
            groups.add(ListFormatOptions.SORT_DIRECTION);
        }
        groups.addAll(command.exclusiveOptions());
        return groups;
    }

    /**
     * Arguments argparse requires (by option name or positional label) that the command checks
     * itself, for argparse's order and wording, so usage shows them required.
     */
    default java.util.List<String> requiredArguments() {
        return java.util.List.of();
    }

    /** Exclusive groups of which argparse requires one (add_mutually_exclusive_group(required=True)), as usage shows them. */
    default java.util.List<java.util.List<String>> requiredExclusiveOptions() {
        return java.util.List.of();
    }
}
