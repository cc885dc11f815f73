package dev.jos.session;

/**
 * An HTTP error from a service, worded as keystoneauth words it:
 * "{message} (HTTP {status}) (Request-ID: {id})".
 */
public class ApiException extends CommandException {
    private final int status;
    private final String requestId;
    private final String serverMessage;

    public ApiException(int status, String serverMessage, String requestId) {
        super(format(status, serverMessage, requestId));
        this.status = status;
        this.serverMessage = serverMessage;
        this.requestId = requestId;
    }

    /** An error worded by another library (openstacksdk's exceptions), with its own full text. */
    protected ApiException(String fullMessage, int status, String serverMessage, String requestId) {
        super(fullMessage);
        this.status = status;
        this.serverMessage = serverMessage;
        this.requestId = requestId;
    }

    private static String format(int status, String message, String requestId) {
        String s = message + " (HTTP " + status + ")";
        return requestId == null ? s : s + " (Request-ID: " + requestId + ")";
    }

    public int status() {
        return status;
    }

    public String requestId() {
        return requestId;
    }

    public String serverMessage() {
        return serverMessage;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    public boolean isForbidden() {
        return status == 403;
    }

    public boolean isConflict() {
        return status == 409;
    }
}
