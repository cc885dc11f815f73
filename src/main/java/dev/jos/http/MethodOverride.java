package dev.jos.http;

import java.lang.reflect.Field;
import java.net.HttpURLConnection;
import java.net.ProtocolException;

/**
 * Lets HttpURLConnection send PATCH. Its setRequestMethod refuses any verb outside a fixed
 * list, but the protocol code writes whatever its `method` field holds, so the field is set
 * directly, as Jersey's HttpUrlConnector does (its SET_METHOD_WORKAROUND). This needs
 * `--add-opens java.base/java.net` (and `.../sun.net.www.protocol.https` for HTTPS, whose
 * wrapper delegates to a second connection object); bin/jos and the test JVMs pass both.
 * Measured against the alternatives (see {@link Transport}): the JDK HttpClient costs
 * ~650 ms of start-up per run, this costs nothing.
 */
final class MethodOverride {
    private MethodOverride() {
    }

    static void set(HttpURLConnection c, String method) throws ProtocolException {
        try {
            c.setRequestMethod(method);
            return;
        } catch (ProtocolException refused) {
            // not in the JDK's list: set the field below
        }
        try {
            Field field = HttpURLConnection.class.getDeclaredField("method");
            field.setAccessible(true);
            field.set(c, method);
            Object delegate = delegateOf(c);
            if (delegate != null) {
                field.set(delegate, method);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ProtocolException("cannot send " + method + " (run with --add-opens java.base/java.net=ALL-UNNAMED"
                    + " --add-opens java.base/sun.net.www.protocol.https=ALL-UNNAMED): " + e);
        }
    }

    /** HttpsURLConnectionImpl keeps the connection that really talks in a `delegate` field. */
    private static Object delegateOf(HttpURLConnection c) throws ReflectiveOperationException {
        for (Class<?> k = c.getClass(); k != null; k = k.getSuperclass()) {
            try {
                Field d = k.getDeclaredField("delegate");
                d.setAccessible(true);
                return d.get(c);
            } catch (NoSuchFieldException e) {
                // keep looking up the hierarchy
            }
        }
        return null;
    }
}
