package dev.jos.http;

import java.util.ArrayList;
import java.util.List;

/**
 * --timing: collects what keystoneauth's {@code Session.get_timings()} collects and returns the
 * rows osc_lib's Timing command prints: one per request, then "Total" (the sum, added up in the
 * same order as Python does so even float noise agrees). Columns {@link #COLUMNS}. The CLI prints
 * them with its table formatter.
 *
 * <p>Requests that got no response are left out, as keystoneauth records timings only for
 * responses. Unlike keystoneauth (whose keystoneclient/novaclient callers raise before the timing
 * is recorded) error responses are kept: their time was spent too.
 */
public final class TimingCollector implements ExchangeListener {
    public static final List<String> COLUMNS = List.of("URL", "Seconds");

    private final List<TimingRow> rows = new ArrayList<>();

    @Override
    public synchronized void onExchange(Exchange exchange) {
        if (exchange.failed()) {
            return;
        }
        // timedelta.total_seconds(): whole microseconds divided by 10**6
        long micros = exchange.duration().toNanos() / 1_000;
        rows.add(new TimingRow(exchange.request().method() + " " + DebugLogger.finalUrl(exchange.request().url()),
                micros / 1e6));
    }

    /** The request rows in order, then the Total row. */
    public synchronized List<TimingRow> rows() {
        List<TimingRow> all = new ArrayList<>(rows);
        double total = 0.0;
        for (TimingRow r : rows) {
            total += r.seconds();
        }
        all.add(new TimingRow("Total", total));
        return List.copyOf(all);
    }
}
