package dev.jos.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the PEM files OpenStack users point OS_CACERT, OS_CERT and OS_KEY at, with the JDK alone:
 * certificates, and unencrypted private keys in PKCS#8 ("PRIVATE KEY"), PKCS#1 ("RSA PRIVATE
 * KEY") or SEC1 ("EC PRIVATE KEY") form, the three that openssl writes.
 */
final class Pem {
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*?)-----END \\1-----");
    // DER of AlgorithmIdentifier { rsaEncryption, NULL } and the ecPublicKey OID
    private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48,
        (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};
    private static final byte[] EC_PUBLIC_KEY_OID = {0x06, 0x07, 0x2a, (byte) 0x86, 0x48,
        (byte) 0xce, 0x3d, 0x02, 0x01};

    private Pem() {
    }

    record Block(String type, byte[] der) {
    }

    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            blocks.add(new Block(m.group(1), Base64.getMimeDecoder().decode(m.group(2))));
        }
        return blocks;
    }

    static List<X509Certificate> certificates(Path file) throws IOException, GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> certs = new ArrayList<>();
        for (Block b : blocks(read(file))) {
            if (b.type().equals("CERTIFICATE") || b.type().equals("TRUSTED CERTIFICATE")) {
                certs.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(b.der())));
            }
        }
        if (certs.isEmpty()) {
            throw new GeneralSecurityException("no PEM certificate in " + file);
        }
        return certs;
    }

    /** The first private key in the file, or null when it holds none. */
    static PrivateKey privateKey(Path file) throws IOException, GeneralSecurityException {
        for (Block b : blocks(read(file))) {
            switch (b.type()) {
                case "PRIVATE KEY":
                    return pkcs8(b.der());
                case "RSA PRIVATE KEY":
                    return KeyFactory.getInstance("RSA").generatePrivate(
                            new PKCS8EncodedKeySpec(sequence(integerZero(), RSA_ALGORITHM, octetString(b.der()))));
                case "EC PRIVATE KEY":
                    return KeyFactory.getInstance("EC").generatePrivate(
                            new PKCS8EncodedKeySpec(sec1ToPkcs8(b.der())));
                case "ENCRYPTED PRIVATE KEY":
                    throw new GeneralSecurityException("encrypted private keys are not supported: " + file);
                default:
                    break;
            }
        }
        return null;
    }

    private static PrivateKey pkcs8(byte[] der) throws GeneralSecurityException {
        GeneralSecurityException last = null;
        for (String algorithm : new String[] {"RSA", "EC", "Ed25519", "Ed448", "DSA"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw new GeneralSecurityException("unsupported private key algorithm", last);
    }

    /**
     * SEC1 ECPrivateKey ::= SEQUENCE { version, privateKey OCTET STRING, [0] curve OID, [1] key }.
     * PKCS#8 wants the curve in the algorithm identifier, so it is lifted out of [0].
     */
    private static byte[] sec1ToPkcs8(byte[] sec1) throws GeneralSecurityException {
        Der seq = new Der(sec1, 0);
        if (seq.tag != 0x30) {
            throw new GeneralSecurityException("malformed EC private key");
        }
        int pos = seq.contentStart;
        byte[] curveOid = null;
        while (pos < seq.end) {
            Der field = new Der(sec1, pos);
            if (field.tag == (byte) 0xa0) {
                Der oid = new Der(sec1, field.contentStart);
                curveOid = java.util.Arrays.copyOfRange(sec1, oid.start, oid.end);
            }
            pos = field.end;
        }
        if (curveOid == null) {
            throw new GeneralSecurityException("EC private key names no curve");
        }
        return sequence(integerZero(), sequence(EC_PUBLIC_KEY_OID, curveOid), octetString(sec1));
    }

    /** One DER element's position: tag, where its content starts and where it ends. */
    private static final class Der {
        final int start;
        final byte tag;
        final int contentStart;
        final int end;

        Der(byte[] b, int start) throws GeneralSecurityException {
            try {
                this.start = start;
                this.tag = b[start];
                int len = b[start + 1] & 0xff;
                int p = start + 2;
                if (len > 0x80) {
                    int n = len & 0x7f;
                    len = 0;
                    for (int i = 0; i < n; i++) {
                        len = (len << 8) | (b[p++] & 0xff);
                    }
                }
                this.contentStart = p;
                this.end = p + len;
                if (end > b.length) {
                    throw new GeneralSecurityException("truncated DER");
                }
            } catch (ArrayIndexOutOfBoundsException e) {
                throw new GeneralSecurityException("truncated DER", e);
            }
        }
    }

    private static byte[] integerZero() {
        return new byte[] {0x02, 0x01, 0x00};
    }

    private static byte[] octetString(byte[] content) {
        return tagged(0x04, content);
    }

    private static byte[] sequence(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            all.writeBytes(p);
        }
        return tagged(0x30, all.toByteArray());
    }

    private static byte[] tagged(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int len = content.length;
        if (len < 0x80) {
            out.write(len);
        } else {
            int bytes = len > 0xffffff ? 4 : len > 0xffff ? 3 : len > 0xff ? 2 : 1;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(len >>> (8 * i));
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
    }
}
