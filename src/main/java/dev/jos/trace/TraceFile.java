package dev.jos.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.jos.json.Json;
import dev.jos.session.CommandException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams the exchanges of a --record file, one line at a time, so any size reads in flat
 * memory. Bad input never ends in a stack trace: an empty file or one whose first line is not a
 * record is a one-line error ({@link CommandException}, exit 1); a broken line after good ones,
 * such as the cut-off last line of an interrupted run, is a warning and is skipped; a line from
 * a newer major version of the format is a warning (once) and is read for the fields it shares.
 */
public final class TraceFile implements TraceSource {
    private static final JsonFactory FACTORY = new JsonFactory();
    /** The newest major version of the record format this jos knows. */
    private static final int KNOWN_MAJOR = 1;

    private final Path path;
    private final String shownName;

    public TraceFile(Path path, String shownName) {
        this.path = path;
        this.shownName = shownName;
    }

    @Override
    public String name() {
        return shownName;
    }

    /**
     * Hands every exchange to {@code sink} in file order.
     *
     * @param withBodies whether to keep the bodies (export needs them; diagrams and lists do not,
     *                   and skipping them is most of the parsing time)
     * @param warnings   told about skipped lines and newer versions; null to stay quiet (a
     *                   second pass over a file already warned about)
     * @return how many exchanges there were
     */
    @Override
    public int read(boolean withBodies, Consumer<String> warnings, Consumer<TraceRecord> sink) {
        Consumer<String> warn = warnings == null ? w -> { } : warnings;
        int count = 0;
        boolean newerWarned = false;
        try (LineReader in = open()) {
            int lineNo = 0;
            while (in.next()) {
                lineNo++;
                if (in.blank()) {
                    continue;
                }
                TraceRecord r;
                try {
                    r = parse(in.parser(FACTORY), count + 1, lineNo, withBodies);
                } catch (IOException | RuntimeException e) {
                    r = null;
                }
                if (r == null) {
                    if (count > 0 && in.atEnd()) {
                        warn.accept(shownName + ": line " + lineNo + " is incomplete (an interrupted recording?); skipped");
                    } else if (count == 0) {
                        throw new CommandException(shownName + ": not a jos --record file (line " + lineNo
                                + " is not an exchange: a JSON object with method and url)");
                    } else {
                        warn.accept(shownName + ": line " + lineNo + " is not an exchange; skipped");
                    }
                    continue;
                }
                if (!newerWarned && isNewer(r.version())) {
                    warn.accept(shownName + ": written by a newer jos (record version " + r.version()
                            + "); reading the fields of version " + KNOWN_MAJOR);
                    newerWarned = true;
                }
                count++;
                sink.accept(r);
            }
        } catch (NoSuchFileException e) {
            throw new CommandException("No such file: " + shownName);
        } catch (AccessDeniedException e) {
            throw new CommandException("Permission denied: " + shownName);
        } catch (IOException e) {
            throw new CommandException("Cannot read " + shownName + ": " + e.getMessage());
        }
        if (count == 0) {
            throw new CommandException(shownName + ": no exchanges recorded (empty file)");
        }
        return count;
    }

    private LineReader open() throws IOException {
        if (Files.isDirectory(path)) {
            throw new CommandException(shownName + ": is a directory, not a jos --record file");
        }
        return new LineReader(Files.newInputStream(path));
    }

    /**
     * Lines as bytes, handed to Jackson without decoding them to Strings first: half the
     * parsing time of a large recording went to that copy. Jackson reports bad UTF-8 as a parse
     * error, so a binary file gets the one-line error like any other non-recording.
     */
    private static final class LineReader implements java.io.Closeable {
        private final java.io.InputStream in;
        private final byte[] chunk = new byte[1 << 16];
        private int pos;
        private int limit;
        private byte[] line = new byte[1 << 14];
        private int length;

        LineReader(java.io.InputStream in) {
            this.in = in;
        }

        /** Reads the next line into the buffer; false at the end of the file. */
        boolean next() throws IOException {
            length = 0;
            boolean any = false;
            while (true) {
                if (pos == limit) {
                    limit = in.read(chunk, 0, chunk.length);
                    pos = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return any;
                    }
                }
                any = true;
                int start = pos;
                while (pos < limit && chunk[pos] != '\n') {
                    pos++;
                }
                append(start, pos - start);
                if (pos < limit) {
                    pos++; // the newline
                    return true;
                }
            }
        }

        private void append(int from, int n) {
            if (length + n > line.length) {
                line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + n));
            }
            System.arraycopy(chunk, from, line, length, n);
            length += n;
        }

        boolean blank() {
            for (int i = 0; i < length; i++) {
                byte b = line[i];
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }

        /** Whether nothing follows the current line. */
        boolean atEnd() throws IOException {
            if (pos < limit) {
                return false;
            }
            limit = in.read(chunk, 0, chunk.length);
            pos = 0;
            if (limit <= 0) {
                limit = 0;
                return true;
            }
            return false;
        }

        JsonParser parser(JsonFactory factory) throws IOException {
            return factory.createParser(line, 0, length);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    static boolean isNewer(String version) {
        if (version == null) {
            return false;
        }
        String major = version.contains(".") ? version.substring(0, version.indexOf('.')) : version;
        try {
            return Integer.parseInt(major.trim()) > KNOWN_MAJOR;
        } catch (NumberFormatException e) {
            return true; // a version this jos cannot even read is not one it knows
        }
    }

    /** One line; null when it is not an exchange. Streams past the bodies unless they are wanted. */
    static TraceRecord parse(String line, int number, int lineNo, boolean withBodies) throws IOException {
        return parse(FACTORY.createParser(line), number, lineNo, withBodies);
    }

    private static TraceRecord parse(JsonParser parser, int number, int lineNo, boolean withBodies) throws IOException {
        try (JsonParser p = parser) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String time = null, method = null, url = null, reason = null, service = null, requestId = null,
                    error = null, reqSha = null, respSha = null, version = null, invocation = null, commandName = null,
                    hookId = null;
            Integer status = null;
            Double duration = null;
            Map<String, String> reqHeaders = Map.of(), respHeaders = null;
            JsonNode reqBody = null, respBody = null;
            List<String> command = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "time" -> time = text(p, t);
                    case "method" -> method = text(p, t);
                    case "url" -> url = text(p, t);
                    case "status" -> status = t == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : null;
                    case "reason" -> reason = text(p, t);
                    case "duration_ms" -> duration = t.isNumeric() ? p.getDoubleValue() : null;
                    case "service" -> service = text(p, t);
                    case "request_headers" -> reqHeaders = headers(p, t);
                    case "response_headers" -> respHeaders = t == JsonToken.VALUE_NULL ? null : headers(p, t);
                    case "request_body" -> reqBody = body(p, t, withBodies);
                    case "response_body" -> respBody = body(p, t, withBodies);
                    case "request_id" -> requestId = text(p, t);
                    case "error" -> error = text(p, t);
                    case "request_body_sha256" -> reqSha = text(p, t);
                    case "response_body_sha256" -> respSha = text(p, t);
                    case "record_version" -> version = t.isScalarValue() ? p.getText() : null;
                    case "invocation_id" -> invocation = text(p, t);
                    case "command" -> command = strings(p, t);
                    case "command_name" -> commandName = text(p, t);
                    case "requestshook_id" -> hookId = text(p, t);
                    default -> p.skipChildren(); // a field of a newer version
                }
            }
            if (method == null || url == null || p.nextToken() != null) {
                return null;
            }
            return new TraceRecord(number, lineNo, time, method, url, status, reason, duration, service, reqHeaders,
                    reqBody, respHeaders, respBody, requestId, error, reqSha, respSha, version, invocation, command,
                    commandName, hookId, null, TraceRecord.BOTH);
        }
    }

    private static String text(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        p.skipChildren();
        return null;
    }

    private static Map<String, String> headers(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return Map.of();
        }
        Map<String, String> h = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (v.isScalarValue()) {
                h.put(name, p.getText());
            } else {
                p.skipChildren();
            }
        }
        return Collections.unmodifiableMap(h);
    }

    private static List<String> strings(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        List<String> out = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t.isScalarValue()) {
                out.add(p.getText());
            } else {
                p.skipChildren();
            }
        }
        return List.copyOf(out);
    }

    private static JsonNode body(JsonParser p, JsonToken t, boolean keep) throws IOException {
        if (!keep) {
            p.skipChildren();
            return null;
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        return Json.read(p, t);
    }
}
