package dev.jos.session.config;

/**
 * A configuration problem OSC reports before running a command. {@link #getMessage()} is exactly
 * what OSC writes to stderr (it may span lines); {@link #exitCode()} is OSC's exit status for it.
 */
public class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public ConfigException(String message) {
        this(message, 1);
    }

    public ConfigException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
        this.exitCode = 1;
    }

    /** 1 for everything cliff reports; 2 for argparse rejecting an option value. */
    public int exitCode() {
        return exitCode;
    }
}
