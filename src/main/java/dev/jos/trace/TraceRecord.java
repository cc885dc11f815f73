package dev.jos.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One exchange of a --record file (see {@link dev.jos.http.ExchangeRecorder} for the format).
 * Fields a line does not have (older versions) are null; the bodies are null too when the file
 * was read without them (diagrams and lists do not need them).
 *
 * @param number 1-based position among the file's exchanges (among the drawn items, once merged
 *               with an OSProfiler trace)
 * @param line   the line of the file it came from (0 for a call from an OSProfiler trace)
 * @param behind a call between services from an OSProfiler trace, or null for a recorded exchange
 * @param arrows which of its arrows this item draws: {@link #BOTH}, or only the {@link #REQUEST} or
 *               the {@link #RESPONSE} when calls behind the API happened in between
 */
public record TraceRecord(int number, int line, String time, String method, String url, Integer status,
                          String reason, Double durationMs, String service, Map<String, String> requestHeaders,
                          JsonNode requestBody, Map<String, String> responseHeaders, JsonNode responseBody,
                          String requestId, String error, String requestBodySha256, String responseBodySha256,
                          String version, String invocationId, List<String> command, String commandName,
                          String requestshookId, Behind behind, int arrows) {
    public static final int REQUEST = 1;
    public static final int RESPONSE = 2;
    public static final int BOTH = REQUEST | RESPONSE;

    /**
     * A call one service made to another, from an OSProfiler trace: an HTTP request (method and
     * path in the record), or an RPC {@code call} (the caller waited for it) or {@code cast}.
     *
     * @param kind  http, call or cast
     * @param name  the RPC method; null for http
     * @param error the exception type the callee's span ended with, or null
     */
    public record Behind(String kind, String name, String error) {
        public boolean rpc() {
            return !kind.equals("http");
        }
    }

    public boolean drawsRequest() {
        return (arrows & REQUEST) != 0;
    }

    public boolean drawsResponse() {
        return (arrows & RESPONSE) != 0 && (behind == null || !behind.kind().equals("cast"));
    }

    /** How many arrows it draws. */
    public int arrowCount() {
        return (drawsRequest() ? 1 : 0) + (drawsResponse() ? 1 : 0);
    }

    /** The same item numbered n, drawing the given arrows. */
    public TraceRecord as(int n, int which) {
        return new TraceRecord(n, line, time, method, url, status, reason, durationMs, service, requestHeaders,
                requestBody, responseHeaders, responseBody, requestId, error, requestBodySha256, responseBodySha256,
                version, invocationId, command, commandName, requestshookId, behind, which);
    }

    /** Who sent it: requestshook's From header when sent, else jos. */
    public String from() {
        String from = header(requestHeaders, "X-Requestshook-Request-From");
        return from == null || from.isEmpty() ? "jos" : from;
    }

    /** Who answered: the recorded service name. */
    public String to() {
        return service == null || service.isEmpty() ? "unknown" : service;
    }

    public boolean failed() {
        return status == null;
    }

    /** The URL's path, without scheme, host and query. */
    public String path() {
        String rest = afterHost(url);
        int q = indexOfQuery(rest);
        return q < 0 ? rest : rest.substring(0, q);
    }

    /** The path and query. */
    public String pathAndQuery() {
        String rest = afterHost(url);
        int hash = rest.indexOf('#');
        return hash < 0 ? rest : rest.substring(0, hash);
    }

    private static String afterHost(String url) {
        int scheme = url.indexOf("://");
        int start = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
        if (start < 0) {
            return "/";
        }
        return url.substring(start);
    }

    private static int indexOfQuery(String s) {
        int q = s.indexOf('?');
        int h = s.indexOf('#');
        return q < 0 ? h : h < 0 ? q : Math.min(q, h);
    }

    /** The run's command line as typed (secrets masked), or "" for files older than version 1.2. */
    public String commandLine() {
        if (command == null || command.isEmpty()) {
            return commandName == null ? "" : "jos " + commandName;
        }
        StringBuilder sb = new StringBuilder();
        for (String arg : command) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(shellQuote(arg));
        }
        return sb.toString();
    }

    /** Which run it belongs to: its invocation id, or "" for lines of older versions. */
    public String runKey() {
        return invocationId == null ? "" : invocationId;
    }

    /** As Python's shlex.quote: so a shown command can be pasted back. */
    static String shellQuote(String s) {
        if (!s.isEmpty() && s.matches("[A-Za-z0-9@%+=:,./_*-]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\"'\"'") + "'";
    }

    static String header(Map<String, String> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }
}
