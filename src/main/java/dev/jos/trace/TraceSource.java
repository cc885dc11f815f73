package dev.jos.trace;

import java.util.function.Consumer;

/** What a diagram or list is drawn from: a recording, or a recording merged with OSProfiler traces. */
interface TraceSource {
    String name();

    /** Hands every item to {@code sink} in order; see {@link TraceFile#read}. */
    int read(boolean withBodies, Consumer<String> warnings, Consumer<TraceRecord> sink);
}
