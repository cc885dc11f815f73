package dev.jos.trace;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jos.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A recording with the calls of OSProfiler traces between its exchanges, in time order. The
 * trace's times are ms from its first span, so it is placed on the recording's clock by its
 * root spans, which are the client's own requests: the offset keeps each of them inside its
 * exchange. The recording is streamed as before; an exchange during which services called each
 * other is drawn as its request, those calls, then its response.
 */
final class ProfileMerge implements TraceSource {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** One arrow of a call: its request or its response, at a time on the recording's clock. */
    private record Event(long time, boolean start, ProfilerTrace.Call call, Run run,
                         long offset) {
    }

    /** The jos command a trace was made by, so its calls are drawn within its rect. */
    private record Run(String invocationId, List<String> command, String commandName) {
    }

    /** What the first pass keeps of an exchange that carried a trace's headers. */
    private record Sent(long start, long end, String to, String method, String path, Run run) {
    }

    private final TraceFile file;
    private final List<ProfilerTrace> traces;
    /** Whole calls at their start (lists) instead of a request and a response arrow (diagrams). */
    private final boolean whole;
    private List<Event> events;

    ProfileMerge(TraceFile file, List<ProfilerTrace> traces, boolean whole) {
        this.file = file;
        this.traces = traces;
        this.whole = whole;
    }

    @Override
    public String name() {
        return file.name();
    }

    @Override
    public int read(boolean withBodies, Consumer<String> warnings, Consumer<TraceRecord> sink) {
        if (events == null) {
            events = events(warnings == null ? w -> { } : warnings);
        }
        var state = new Object() {
            int next;
            int n;
        };
        Consumer<Event> emit = e -> sink.accept(record(e, ++state.n));
        int count = file.read(withBodies, warnings, r -> {
            Long start = millis(r.time());
            if (start == null) {
                sink.accept(r.as(++state.n, TraceRecord.BOTH));
                return;
            }
            long end = start + Math.round(r.durationMs() == null ? 0 : r.durationMs());
            while (state.next < events.size() && events.get(state.next).time < start) {
                emit.accept(events.get(state.next++));
            }
            if (whole || state.next >= events.size() || events.get(state.next).time >= end) {
                sink.accept(r.as(++state.n, TraceRecord.BOTH));
                return;
            }
            sink.accept(r.as(++state.n, TraceRecord.REQUEST));
            while (state.next < events.size() && events.get(state.next).time < end) {
                emit.accept(events.get(state.next++));
            }
            sink.accept(r.as(++state.n, TraceRecord.RESPONSE));
        });
        while (state.next < events.size()) {
            emit.accept(events.get(state.next++));
        }
        return count;
    }

    private TraceRecord record(Event e, int n) {
        ProfilerTrace.Call c = e.call;
        String method = c.behind().rpc() ? "RPC" : c.method();
        String path = c.behind().rpc() ? "/" + c.name() : c.path();
        return new TraceRecord(n, 0, TIME.format(Instant.ofEpochMilli(e.offset + c.started())), method, path, null, null,
                (double) (c.finished() - c.started()), c.to(), Map.of("X-Requestshook-Request-From", c.from()), null,
                null, null, null, null, null, null, null, e.run.invocationId, e.run.command, e.run.commandName, null,
                c.behind(), whole ? TraceRecord.BOTH : e.start ? TraceRecord.REQUEST : TraceRecord.RESPONSE);
    }

    /** All traces' arrows on the recording's clock, in time order. */
    private List<Event> events(Consumer<String> warn) {
        Map<String, List<Sent>> sent = new HashMap<>();
        for (ProfilerTrace t : traces) {
            sent.put(t.baseId, new ArrayList<>());
        }
        file.read(false, null, r -> {
            String base = baseId(TraceRecord.header(r.requestHeaders(), "X-Trace-Info"));
            Long start = millis(r.time());
            List<Sent> list = base == null ? null : sent.get(base);
            if (list != null && start != null) {
                list.add(new Sent(start, start + Math.round(r.durationMs() == null ? 0 : r.durationMs()), r.to(),
                        r.method(), r.path(), new Run(r.runKey(), r.command(), r.commandName())));
            }
        });
        List<Event> out = new ArrayList<>();
        for (ProfilerTrace t : traces) {
            List<Sent> mine = sent.get(t.baseId);
            if (mine.isEmpty()) {
                warn.accept(t.name + ": trace " + t.baseId + " is not in " + file.name()
                        + " (record the command with --os-profile KEY and --record); not merged");
                continue;
            }
            Long offset = offset(t, mine);
            if (offset == null) {
                warn.accept(t.name + ": none of its requests matches an exchange of " + file.name()
                        + "; its calls are placed from the trace's first exchange");
                offset = mine.get(0).start;
            }
            Run run = mine.get(0).run;
            for (ProfilerTrace.Call c : t.calls) {
                out.add(new Event(offset + c.started(), true, c, run, offset));
                if (!whole && !c.kind().equals("cast")) {
                    out.add(new Event(offset + c.finished(), false, c, run, offset));
                }
            }
        }
        // equal times: a call's request before its response, other responses before requests
        // (a call ends before the next begins), requests in the order they were made, and
        // responses innermost first
        out.sort(Comparator.comparingLong(Event::time)
                .thenComparing(e -> e.start ? 1 : 0)
                .thenComparingInt(e -> e.start ? e.call.order() : -e.call.order()));
        fixZeroLength(out);
        return out;
    }

    /** A call that took 0 ms sorts its response before its request; put them the right way round. */
    private static void fixZeroLength(List<Event> events) {
        for (int i = 0; i + 1 < events.size(); i++) {
            Event a = events.get(i);
            if (!a.start) {
                for (int j = i + 1; j < events.size() && events.get(j).time == a.time; j++) {
                    Event b = events.get(j);
                    if (b.start && b.call == a.call) {
                        events.set(i, b);
                        events.set(j, a);
                        break;
                    }
                }
            }
        }
    }

    /**
     * The ms to add to the trace's times: each root span matched with the client's exchange it
     * served (same service, method and path, in order) lies within it. Null when none matches.
     */
    private static Long offset(ProfilerTrace t, List<Sent> sent) {
        long low = Long.MIN_VALUE;
        long high = Long.MAX_VALUE;
        int from = 0;
        boolean any = false;
        for (ProfilerTrace.Top top : t.tops) {
            String path = top.path().contains("?") ? top.path().substring(0, top.path().indexOf('?')) : top.path();
            for (int i = from; i < sent.size(); i++) {
                Sent s = sent.get(i);
                if (s.to.equals(top.service()) && s.method.equalsIgnoreCase(top.method()) && s.path.equals(path)) {
                    low = Math.max(low, s.start - top.started());
                    high = Math.min(high, s.end - top.finished());
                    from = i + 1;
                    any = true;
                    break;
                }
            }
        }
        if (!any) {
            return null;
        }
        return low <= high ? low + (high - low) / 2 : low;
    }

    /** The trace id keystoneauth's X-Trace-Info carries: base64 of {"base_id": ..., "parent_id": ...}. */
    static String baseId(String traceInfo) {
        if (traceInfo == null || traceInfo.isEmpty()) {
            return null;
        }
        try {
            byte[] raw = Base64.getUrlDecoder().decode(traceInfo.trim().replace('+', '-').replace('/', '_'));
            JsonNode info = Json.parse(new String(raw, StandardCharsets.UTF_8));
            return info.path("base_id").isTextual() ? info.path("base_id").asText() : null;
        } catch (Exception e) {
            return null; // not a trace header jos can read: the exchange is simply not matched
        }
    }

    private static Long millis(String time) {
        if (time == null) {
            return null;
        }
        try {
            return Instant.parse(time).toEpochMilli();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
