package dev.jos.session;

/** osc_lib's CommandError: a message for the user, one line on stderr, exit code 1. */
public class CommandException extends RuntimeException {
    public CommandException(String message) {
        super(message);
    }

    public CommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
