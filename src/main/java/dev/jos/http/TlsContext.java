package dev.jos.http;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/** The socket factory and hostname policy built from {@link TlsSettings}. */
final class TlsContext {
    private final SSLSocketFactory socketFactory;
    private final boolean verifyHostname;

    private TlsContext(SSLSocketFactory socketFactory, boolean verifyHostname) {
        this.socketFactory = socketFactory;
        this.verifyHostname = verifyHostname;
    }

    static TlsContext create(TlsSettings settings) throws IOException {
        try {
            if (settings.isDefault()) {
                return new TlsContext((SSLSocketFactory) SSLSocketFactory.getDefault(), true);
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(keyManagers(settings), trustManagers(settings), null);
            return new TlsContext(ctx.getSocketFactory(), !settings.insecure());
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS setup failed: " + e.getMessage(), e);
        }
    }

    SSLSocketFactory socketFactory() {
        return socketFactory;
    }

    boolean verifyHostname() {
        return verifyHostname;
    }

    /** Accepts any host name; used only with --insecure. */
    HostnameVerifier acceptAnyHost() {
        return (host, session) -> true;
    }

    private static KeyManager[] keyManagers(TlsSettings s) throws IOException, GeneralSecurityException {
        if (s.certFile() == null) {
            return null;
        }
        List<X509Certificate> chain = Pem.certificates(s.certFile());
        // like python-requests, a cert file may carry its key when no key file is given
        PrivateKey key = Pem.privateKey(s.keyFile() != null ? s.keyFile() : s.certFile());
        if (key == null) {
            throw new GeneralSecurityException("no private key for client certificate " + s.certFile());
        }
        char[] password = new char[0];
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("client", key, password, chain.toArray(new X509Certificate[0]));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, password);
        return kmf.getKeyManagers();
    }

    private static TrustManager[] trustManagers(TlsSettings s) throws IOException, GeneralSecurityException {
        if (s.insecure()) {
            return new TrustManager[] {new TrustAll()};
        }
        if (s.caFile() == null) {
            return null; // the JDK's default trust store
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        int i = 0;
        for (X509Certificate ca : Pem.certificates(s.caFile())) {
            ks.setCertificateEntry("ca-" + i++, ca);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        return tmf.getTrustManagers();
    }

    /**
     * Trusts every chain. Being an X509ExtendedTrustManager matters: the JDK then leaves the
     * endpoint (hostname) identification to this class, which skips it, as --insecure asks.
     */
    private static final class TrustAll extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
