package dev.jos.http;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * The body of a request: bytes in memory (JSON, small text), a file, or a stream (stdin, an
 * openstack4j payload). Files and streams are sent as they are read, never held whole: with
 * their length when it is known (a file), chunked when not (stdin), so {@code image create
 * --file} of a many-GiB image needs no more heap than a buffer.
 *
 * <p>A body can carry a progress observer (told the bytes sent so far, for a progress bar) and
 * extra digest algorithms (e.g. {@link BodySummary#MD5}) computed while it is sent; what was sent
 * comes back as {@link ApiResponse#sentBody()}. Immutable; the {@code with} methods return copies.
 */
public final class RequestBody {
    /** Where the bytes come from. */
    public enum Kind { BYTES, FILE, STREAM }

    /** Opens the stream of a {@link Kind#STREAM} body; the transport closes what it returns. */
    @FunctionalInterface
    public interface StreamOpener {
        InputStream open() throws IOException;
    }

    private final Kind kind;
    private final byte[] bytes;
    private final Path file;
    private final StreamOpener opener;
    private final long length;
    private final String contentType;
    private final LongConsumer progress;
    private final List<String> digests;

    private RequestBody(Kind kind, byte[] bytes, Path file, StreamOpener opener, long length, String contentType,
                        LongConsumer progress, List<String> digests) {
        this.kind = kind;
        this.bytes = bytes;
        this.file = file;
        this.opener = opener;
        this.length = length;
        this.contentType = contentType;
        this.progress = progress;
        this.digests = List.copyOf(digests);
    }

    /** Bytes held in memory (copied); contentType may be null. */
    public static RequestBody bytes(byte[] bytes, String contentType) {
        Objects.requireNonNull(bytes, "bytes");
        return new RequestBody(Kind.BYTES, bytes.clone(), null, null, bytes.length, contentType, null, List.of());
    }

    /**
     * A regular file, sent with its current length as Content-Length.
     *
     * @throws NoSuchFileException when it does not exist; IOException when it is not a readable file
     */
    public static RequestBody file(Path file, String contentType) throws IOException {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            throw new IOException(file + ": not a regular file");
        }
        return new RequestBody(Kind.FILE, null, file, null, Files.size(file), contentType, null, List.of());
    }

    /**
     * A stream opened when the request is sent.
     *
     * @param length its exact length, or -1 when unknown (then it is sent chunked)
     */
    public static RequestBody stream(StreamOpener opener, long length, String contentType) {
        Objects.requireNonNull(opener, "opener");
        if (length < -1) {
            throw new IllegalArgumentException("length: " + length);
        }
        return new RequestBody(Kind.STREAM, null, null, opener, length, contentType, null, List.of());
    }

    /**
     * An already open stream (stdin, an openstack4j payload); it can be sent once. When it is a
     * {@link FileInputStream} the rest of its file is its length, else the length is unknown.
     */
    public static RequestBody stream(InputStream in, String contentType) {
        Objects.requireNonNull(in, "in");
        return stream(() -> in, remainingLength(in), contentType);
    }

    private static long remainingLength(InputStream in) {
        if (in instanceof FileInputStream f) {
            try {
                FileChannel ch = f.getChannel();
                long size = ch.size();
                // pipes and terminals report size 0: their length is not known
                return size > 0 ? Math.max(0, size - ch.position()) : -1;
            } catch (IOException e) {
                return -1;
            }
        }
        return -1;
    }

    /** The same body, whose sending reports the running byte count to the observer. */
    public RequestBody withProgress(LongConsumer observer) {
        return new RequestBody(kind, bytes, file, opener, length, contentType, Objects.requireNonNull(observer),
                digests);
    }

    /** The same body, with these digests (MessageDigest names, e.g. "MD5") computed as it is sent. */
    public RequestBody withDigests(String... algorithms) {
        List<String> all = new ArrayList<>(digests);
        for (String a : algorithms) {
            all.add(BodySummary.requireAlgorithm(a));
        }
        return new RequestBody(kind, bytes, file, opener, length, contentType, progress, all);
    }

    public Kind kind() {
        return kind;
    }

    /** True for files and streams: bodies that are read while sent and not kept. */
    public boolean streamed() {
        return kind != Kind.BYTES;
    }

    /** The length in bytes, or -1 when unknown until sent. */
    public long length() {
        return length;
    }

    /** The content type this body asks for, or null. */
    public String contentType() {
        return contentType;
    }

    /** The file of a {@link Kind#FILE} body, else null. */
    public Path file() {
        return file;
    }

    /** The bytes of a {@link Kind#BYTES} body, uncopied, for this package; else null. */
    byte[] inMemory() {
        return bytes;
    }

    /** True when the body is not sent through a meter only for listeners: bytes nobody asked to watch. */
    boolean plainBytes() {
        return kind == Kind.BYTES && progress == null && digests.isEmpty();
    }

    LongConsumer progress() {
        return progress;
    }

    List<String> digests() {
        return digests;
    }

    /** A new stream over the content; the caller closes it. */
    InputStream open() throws IOException {
        return switch (kind) {
            case BYTES -> new java.io.ByteArrayInputStream(bytes);
            case FILE -> Files.newInputStream(file);
            case STREAM -> Objects.requireNonNull(opener.open(), "the body's stream");
        };
    }

    @Override
    public String toString() {
        return kind + " body, " + (length < 0 ? "unknown length" : length + " bytes")
                + (contentType == null ? "" : ", " + contentType);
    }
}
