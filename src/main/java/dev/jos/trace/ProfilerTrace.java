package dev.jos.trace;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jos.json.Json;
import dev.jos.session.CommandException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An OSProfiler trace as {@code osprofiler trace show --json ID} prints it: a tree of spans
 * (wsgi requests, RPC methods, API functions), each with its service (project, service, host)
 * and its start and end in ms from the trace's start. What jos draws of it are the calls that
 * cross from one service to another: a span whose service is not its parent's was called by
 * that parent's service. The spans directly under the root are the requests the client made
 * itself (they are in its recording already) and place the trace on the recording's clock.
 */
final class ProfilerTrace {
    /** A call between services: from, to, and ms from the trace's start. */
    record Call(String from, String to, String kind, String method, String path, String name, String error,
                long started, long finished, int order) {
        TraceRecord.Behind behind() {
            return new TraceRecord.Behind(kind, name, error);
        }
    }

    /** A request the client made (a root span), to match with its recording. */
    record Top(String service, String method, String path, long started, long finished) {
    }

    final String name;
    final String baseId;
    final List<Top> tops = new ArrayList<>();
    final List<Call> calls = new ArrayList<>();

    private ProfilerTrace(String name, String baseId) {
        this.name = name;
        this.baseId = baseId;
    }

    static ProfilerTrace read(Path file, String shownName) {
        JsonNode root;
        try {
            root = Json.parse(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new CommandException("No such file: " + shownName);
        } catch (AccessDeniedException e) {
            throw new CommandException("Permission denied: " + shownName);
        } catch (IOException e) {
            throw notATrace(shownName);
        }
        if (root == null || !root.path("children").isArray() || !root.path("info").isObject()) {
            throw notATrace(shownName);
        }
        String base = null;
        for (JsonNode top : root.path("children")) {
            if (top.path("parent_id").isTextual()) {
                base = top.path("parent_id").asText();
                break;
            }
        }
        if (base == null) {
            throw new CommandException(shownName + ": the OSProfiler trace has no spans (did the services have the profiler on, with the same HMAC key?)");
        }
        ProfilerTrace t = new ProfilerTrace(shownName, base);
        for (JsonNode top : root.path("children")) {
            Span s = new Span(top);
            t.tops.add(new Top(s.participant(), s.method(), s.path(), s.started, s.finished));
            t.walk(top, s);
        }
        return t;
    }

    /** The daemon's name as jos's recordings name services (keystone, nova-api, placement-api). */
    static String participant(String project, String service) {
        return Span.participant(project, service);
    }

    private static CommandException notATrace(String shownName) {
        return new CommandException(shownName + ": not an OSProfiler trace (the JSON `osprofiler trace show --json ID` prints)");
    }

    /** Under {@code node}, whose service is {@code caller}'s: the calls out of it, depth first. */
    private void walk(JsonNode node, Span caller) {
        Span parent = new Span(node);
        for (JsonNode childNode : node.path("children")) {
            Span child = new Span(childNode);
            if (child.participant().equals(caller.participant())) {
                walk(childNode, caller);
                continue;
            }
            String kind;
            String rpcName = null;
            if (child.name.equals("wsgi")) {
                kind = "http";
            } else {
                String own = child.function();
                rpcName = own == null || own.contains("<") ? null : lastSegment(own);
                if (rpcName == null) {
                    // a decorated method (oslo.messaging's inner): the caller's stub names it
                    String callerSide = lastSegment(parent.function());
                    rpcName = callerSide == null ? child.name : callerSide;
                }
                // OSProfiler does not say call or cast: the caller waited if its span outlasts the
                // callee's. nova's object methods (object_action, ...) are always calls, made from
                // work a manager spawned after its own span ended.
                kind = parent.finished >= child.finished || rpcName.startsWith("object_") ? "call" : "cast";
            }
            String error = child.exception == null || child.exception.equals("None") ? null : child.exception;
            calls.add(new Call(caller.participant(), child.participant(), kind, child.method(), child.path(), rpcName,
                    error, child.started, child.finished, calls.size()));
            walk(childNode, child);
        }
    }

    private static String lastSegment(String function) {
        if (function == null || function.isEmpty()) {
            return null;
        }
        // nova.conductor.manager.ComputeTaskManager.schedule_and_build_instances -> schedule_and_build_instances
        int dot = function.lastIndexOf('.');
        return dot < 0 ? function : function.substring(dot + 1);
    }

    /** One span's fields; the start payload holds the request (wsgi) or the function (rpc, ...). */
    private static final class Span {
        final String name;
        final String project;
        final String service;
        final long started;
        final long finished;
        final String exception;
        final JsonNode start;
        /** Whether its start point is missing from the trace. */
        final boolean lost;

        Span(JsonNode node) {
            JsonNode info = node.path("info");
            name = info.path("name").asText("");
            project = info.path("project").asText("");
            service = info.path("service").asText("");
            long from = info.path("started").asLong();
            finished = info.path("finished").asLong(from);
            exception = info.path("exception").isTextual() ? info.path("exception").asText() : null;
            JsonNode payload = null;
            for (Iterator<Map.Entry<String, JsonNode>> it = info.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().startsWith("meta.raw_payload.") && e.getKey().endsWith("-start")) {
                    payload = e.getValue().path("info");
                }
            }
            start = payload == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : payload;
            if (payload == null) {
                // the start point was lost (the SQLAlchemy driver drops one now and then): the
                // span began no later than its first child
                for (JsonNode c : node.path("children")) {
                    from = Math.min(from, c.path("info").path("started").asLong(from));
                }
            }
            started = from;
            lost = payload == null;
        }

        String method() {
            return lost ? "?" : start.path("request").path("method").asText("");
        }

        String path() {
            if (lost) {
                return "(start not recorded)";
            }
            String path = start.path("request").path("path").asText("");
            String query = start.path("request").path("query").asText("");
            return (path.isEmpty() ? "/" : path) + (query.isEmpty() ? "" : "?" + query);
        }

        String function() {
            return start.path("function").path("name").asText(null);
        }

        String participant() {
            return participant(project, service);
        }

        static String participant(String project, String service) {
            String p = project.toLowerCase(Locale.ROOT);
            String s = service.toLowerCase(Locale.ROOT);
            return switch (p) {
                case "keystone" -> "keystone";
                case "placement" -> "placement-api";
                case "nova" -> s.equals("osapi_compute") || s.isEmpty() ? "nova-api" : s.startsWith("nova-") ? s : "nova-" + s;
                default -> s.isEmpty() ? p : s.startsWith(p) ? s : p + "-" + s;
            };
        }
    }
}
