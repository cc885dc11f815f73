package dev.jos.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a body amounted to once it went over the wire: its length and the digests computed on
 * the way (SHA-256 when a listener watches, plus whatever the caller asked for, e.g. MD5 for glance's
 * {@code owner_specified.openstack.md5}). Listeners describe streamed bodies with it, since the
 * bytes themselves are gone by the time they hear of the exchange.
 *
 * @param length  bytes sent or received
 * @param digests algorithm name as given to {@link MessageDigest} ("SHA-256", "MD5") to lower-case hex
 */
public record BodySummary(long length, Map<String, String> digests) {
    public static final String SHA256 = "SHA-256";
    public static final String MD5 = "MD5";

    public BodySummary {
        digests = Map.copyOf(digests);
    }

    /** The summary of bytes held in memory. */
    public static BodySummary of(byte[] bytes) {
        MessageDigest sha = newDigest(SHA256);
        return new BodySummary(bytes.length, Map.of(SHA256, HexFormat.of().formatHex(sha.digest(bytes))));
    }

    /** The hex SHA-256, or null when it was not computed. */
    public String sha256() {
        return digests.get(SHA256);
    }

    /** The hex digest for the algorithm, or null when it was not computed. */
    public String digest(String algorithm) {
        return digests.get(algorithm);
    }

    /** "N bytes, sha256 X", what --debug and --record show in place of a binary body. */
    public String describe() {
        String sha = sha256();
        return length + " bytes" + (sha == null ? "" : ", sha256 " + sha);
    }

    static MessageDigest newDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("unknown digest algorithm: " + algorithm, e);
        }
    }

    /** Hex digests of the finished message digests, keyed by the names they were asked by. */
    static Map<String, String> hex(Map<String, MessageDigest> running) {
        Map<String, String> out = new LinkedHashMap<>();
        running.forEach((name, md) -> out.put(name, HexFormat.of().formatHex(md.digest())));
        return out;
    }

    static String requireAlgorithm(String algorithm) {
        newDigest(Objects.requireNonNull(algorithm, "algorithm"));
        return algorithm;
    }
}
