package dev.jos.output;

/**
 * An error cliff reports while producing output; the message is the text cliff's application
 * prints for it (for example the {@code ValueError} raised when no {@code -c} name matches).
 */
public class OutputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutputException(String message) {
        super(message);
    }
}
