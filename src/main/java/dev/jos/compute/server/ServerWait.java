package dev.jos.compute.server;

import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.session.ApiException;

/**
 * osc_lib's wait_for_status and wait_for_delete with OSC's progress callback
 * ("\rProgress: N" on stdout whenever progress is not 0). OSC polls every 5 s; jos polls
 * sooner and backs off, which changes nothing but how long the user waits.
 */
public final class ServerWait {
    static final long FIRST_PAUSE_MS = 300;
    static final long LONGEST_PAUSE_MS = 2000;
    /** wait_for_delete's timeout (300 s of OSC's sleeps). */
    static final long DELETE_TIMEOUT_MS = 300_000;

    private ServerWait() {
    }

    /** True when the server reaches one of {@code success} (lower case), false on "error". */
    public static boolean forStatus(Invocation inv, Supplier<ObjectNode> get, String... success) {
        long pause = FIRST_PAUSE_MS;
        while (true) {
            ObjectNode server = get.get();
            String status = server.path("status").asText("").toLowerCase(java.util.Locale.ROOT);
            for (String s : success) {
                if (status.equals(s)) {
                    return true;
                }
            }
            if (status.equals("error")) {
                return false;
            }
            progress(inv, server);
            inv.sleep(pause);
            pause = Math.min(LONGEST_PAUSE_MS, pause * 3 / 2);
        }
    }

    /** True once the server is gone (a 404), false on "error" or after the timeout. */
    public static boolean forDelete(Invocation inv, Supplier<ObjectNode> get) {
        long pause = FIRST_PAUSE_MS;
        long waited = 0;
        while (waited < DELETE_TIMEOUT_MS) {
            ObjectNode server;
            try {
                server = get.get();
            } catch (ApiException e) {
                if (e.isNotFound()) {
                    return true;
                }
                throw e;
            }
            if (server.path("status").asText("").toLowerCase(java.util.Locale.ROOT).equals("error")) {
                return false;
            }
            progress(inv, server);
            inv.sleep(pause);
            waited += pause;
            pause = Math.min(LONGEST_PAUSE_MS, pause * 3 / 2);
        }
        return false;
    }

    private static void progress(Invocation inv, ObjectNode server) {
        // getattr(res, 'progress', None) or 0, printed only when truthy
        com.fasterxml.jackson.databind.JsonNode p = server.get("progress");
        if (p != null && !p.isNull() && !(p.isNumber() && p.asDouble() == 0) && !(p.isTextual() && p.asText().isEmpty())
                && !(p.isBoolean() && !p.asBoolean())) {
            inv.progress("\rProgress: " + (p.isTextual() ? p.asText() : p.toString()));
        }
    }
}
