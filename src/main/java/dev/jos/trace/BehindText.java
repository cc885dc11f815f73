package dev.jos.trace;

/**
 * The labels of a call behind the API (from an OSProfiler trace). OSProfiler records no status
 * code, so a response shows how long the call took instead; an RPC shows its method and whether
 * the caller waited for it (call) or not (cast, drawn without a reply).
 */
final class BehindText {
    private BehindText() {
    }

    static String request(TraceRecord r, String shortPath) {
        TraceRecord.Behind b = r.behind();
        return b.rpc() ? "RPC " + b.kind() + " " + b.name() : r.method() + " " + shortPath;
    }

    static String response(TraceRecord r, String shortPath) {
        TraceRecord.Behind b = r.behind();
        String what = b.rpc() ? b.name() : shortPath;
        if (b.error() != null) {
            return "error " + b.error() + " " + what;
        }
        String ms = " (" + Math.round(r.durationMs() == null ? 0 : r.durationMs()) + " ms)";
        return (b.rpc() ? "RPC reply " + what : what) + ms;
    }
}
