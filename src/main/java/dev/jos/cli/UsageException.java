package dev.jos.cli;

/** An argparse-style usage error: printed as "{prog}: error: {message}", exit code 2. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
