package dev.jos.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimingCollectorTest {

    private static Exchange ok(String method, String url, long micros) {
        return Exchange.succeeded(Instant.EPOCH, Duration.ofNanos(micros * 1000 + 999), ApiRequest.builder(method, url).build(),
                new ApiResponse(200, "OK", Headers.empty(), null));
    }

    @Test
    void rowsAreWhatOscPrints() {
        // the --timing table of a real 'openstack project list --timing' on the lab
        TimingCollector timing = new TimingCollector();
        timing.onExchange(ok("GET", "http://127.0.0.1:5000/v3", 2974));
        timing.onExchange(ok("POST", "http://127.0.0.1:5000/v3/auth/tokens", 557772));
        timing.onExchange(ok("GET", "http://127.0.0.1:5000/v3/projects?", 511678));
        timing.onExchange(Exchange.failed(Instant.EPOCH, Duration.ofSeconds(1), ApiRequest.get("http://127.0.0.1:1/"),
                new ConnectException("refused")));
        List<TimingRow> rows = timing.rows();
        assertEquals(List.of("GET http://127.0.0.1:5000/v3", "POST http://127.0.0.1:5000/v3/auth/tokens",
                "GET http://127.0.0.1:5000/v3/projects", "Total"), rows.stream().map(TimingRow::url).toList());
        assertEquals(List.of("0.002974", "0.557772", "0.511678", "1.072424"),
                rows.stream().map(TimingRow::secondsText).toList());
        assertEquals(List.of("URL", "Seconds"), TimingCollector.COLUMNS);
    }

    @Test
    void totalKeepsPythonsFloatNoise() {
        TimingCollector timing = new TimingCollector();
        timing.onExchange(ok("GET", "http://h/a", 100000));
        timing.onExchange(ok("GET", "http://h/b", 200000));
        // Python: 0.0 + 0.1 + 0.2 == 0.30000000000000004
        assertEquals("0.30000000000000004", timing.rows().get(2).secondsText());
    }

    @Test
    void noRequestsStillGivesTotal() {
        assertEquals(List.of(new TimingRow("Total", 0.0)), new TimingCollector().rows());
    }

    @Test
    void collectsFromARealTransport() throws IOException {
        try (TestServer server = TestServer.json("{}")) {
            TimingCollector timing = new TimingCollector();
            Transport t = Transport.builder().listener(timing).build();
            t.send(ApiRequest.get(server.url("/v3")));
            t.send(ApiRequest.builder("PATCH", server.url("/v3/users/u")).body("{}", "application/json").build());
            List<TimingRow> rows = timing.rows();
            assertEquals("PATCH " + server.url("/v3/users/u"), rows.get(1).url());
            assertEquals(rows.get(0).seconds() + rows.get(1).seconds(), rows.get(2).seconds());
        }
    }
}
