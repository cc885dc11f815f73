package dev.jos.http;

import java.nio.file.Path;

/**
 * How jos verifies servers and identifies itself over TLS, as OSC's --os-cacert, --os-cert,
 * --os-key and --insecure say.
 *
 * @param caFile   PEM bundle of trusted CAs replacing the JDK's (OS_CACERT), or null for the JDK's
 * @param certFile PEM client certificate chain (OS_CERT), or null; may hold the key too
 * @param keyFile  PEM private key of the client certificate (OS_KEY), or null
 * @param insecure trust every server certificate and skip the hostname check (--insecure)
 */
public record TlsSettings(Path caFile, Path certFile, Path keyFile, boolean insecure) {

    public TlsSettings {
        if (keyFile != null && certFile == null) {
            throw new IllegalArgumentException("a client key needs a client certificate");
        }
    }

    /** Verify against the JDK's trust store, no client certificate. */
    public static TlsSettings defaults() {
        return new TlsSettings(null, null, null, false);
    }

    public static TlsSettings insecureSettings() {
        return new TlsSettings(null, null, null, true);
    }

    /** Everything the JDK does by default: no custom context needs building. */
    boolean isDefault() {
        return caFile == null && certFile == null && !insecure;
    }
}
