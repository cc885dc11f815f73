package dev.jos.cli;

/** A configuration problem found before the command ran, with the exit code OSC gives it. */
public final class ConfigFailure extends RuntimeException {
    private final int exitCode;

    public ConfigFailure(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
