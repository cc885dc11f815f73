package dev.jos.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** TLS against a local HttpsServer whose keys come from the fixtures in resources/dev/jos/http/tls. */
class TlsTest {

    private static Path fixture(String name) {
        try {
            return Path.of(TlsTest.class.getResource("tls/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An HTTPS server on 127.0.0.1 answering "secure" to everything. */
    private static final class Server implements AutoCloseable {
        final HttpsServer https;
        final ExecutorService executor = Executors.newCachedThreadPool();

        Server(String keystore, boolean needClientCert) throws Exception {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = TlsTest.class.getResourceAsStream("tls/" + keystore)) {
                ks.load(in, "changeit".toCharArray());
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, "changeit".toCharArray());
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            try (InputStream in = TlsTest.class.getResourceAsStream("tls/ca.pem")) {
                trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            https.setHttpsConfigurator(new HttpsConfigurator(ctx) {
                @Override
                public void configure(HttpsParameters params) {
                    SSLParameters p = ctx.getDefaultSSLParameters();
                    p.setNeedClientAuth(needClientCert);
                    params.setSSLParameters(p);
                }
            });
            https.createContext("/", ex -> {
                try (ex) {
                    ex.getRequestBody().readAllBytes();
                    TestServer.send(ex, 200, "text/plain", "secure");
                }
            });
            https.setExecutor(executor);
            https.start();
        }

        String url() {
            return "https://127.0.0.1:" + https.getAddress().getPort() + "/v3";
        }

        @Override
        public void close() {
            https.stop(0);
            executor.shutdownNow();
        }
    }

    private static ApiResponse send(TlsSettings tls, String method, String url) throws IOException {
        Transport t = Transport.builder().tls(tls).timeout(java.time.Duration.ofSeconds(10)).build();
        ApiRequest.Builder b = ApiRequest.builder(method, url);
        if (method.equals("PATCH")) {
            b.body("{}", "application/json");
        }
        return t.send(b.build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PATCH"})
    void caFileMakesTheServerTrusted(String method) throws Exception {
        try (Server s = new Server("server.p12", false)) {
            ApiResponse r = send(new TlsSettings(fixture("ca.pem"), null, null, false), method, s.url());
            assertEquals("secure", r.bodyText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PATCH"})
    void unknownCaIsRejectedByDefault(String method) throws Exception {
        try (Server s = new Server("server.p12", false)) {
            assertThrows(IOException.class, () -> send(TlsSettings.defaults(), method, s.url()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PATCH"})
    void hostnameMismatchIsRejectedUnlessInsecure(String method) throws Exception {
        try (Server s = new Server("wrong-host.p12", false)) {
            assertThrows(IOException.class,
                    () -> send(new TlsSettings(fixture("ca.pem"), null, null, false), method, s.url()));
            assertEquals("secure", send(TlsSettings.insecureSettings(), method, s.url()).bodyText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"client-pkcs8.key", "client-pkcs1.key", "combined"})
    void clientCertificateIsPresented(String key) throws Exception {
        TlsSettings tls = key.equals("combined")
                ? new TlsSettings(fixture("ca.pem"), fixture("client-combined.pem"), null, false)
                : new TlsSettings(fixture("ca.pem"), fixture("client.pem"), fixture(key), false);
        try (Server s = new Server("server.p12", true)) {
            assertEquals("secure", send(tls, "GET", s.url()).bodyText());
            assertEquals("secure", send(tls, "PATCH", s.url()).bodyText());
            assertThrows(IOException.class,
                    () -> send(new TlsSettings(fixture("ca.pem"), null, null, false), "PATCH", s.url()));
        }
    }

    @Test
    void ecClientKeyInSec1FormWorks() throws Exception {
        TlsSettings tls = new TlsSettings(fixture("ca.pem"), fixture("client-ec.pem"), fixture("client-ec-sec1.key"), false);
        try (Server s = new Server("server.p12", true)) {
            assertEquals("secure", send(tls, "GET", s.url()).bodyText());
        }
    }

    @Test
    void pkcs1AndPkcs8FormsGiveTheSameKey() throws Exception {
        PrivateKey a = Pem.privateKey(fixture("client-pkcs8.key"));
        PrivateKey b = Pem.privateKey(fixture("client-pkcs1.key"));
        assertNotNull(a);
        assertEquals(a, b);
        X509Certificate cert = Pem.certificates(fixture("client-combined.pem")).get(0);
        assertEquals("CN=jos client", cert.getSubjectX500Principal().getName());
    }

    @Test
    void garbageIsNotACertificate(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.pem");
        java.nio.file.Files.writeString(f, "not a pem", StandardCharsets.US_ASCII);
        assertThrows(GeneralSecurityException.class, () -> Pem.certificates(f));
        assertThrows(IOException.class,
                () -> send(new TlsSettings(f, null, null, false), "GET", "https://127.0.0.1:1/"));
    }
}
