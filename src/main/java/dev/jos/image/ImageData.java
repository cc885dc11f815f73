package dev.jos.image;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Image data to upload, as a command hands it to {@link ImageApi}: a file (sent with its length)
 * or an already open stream such as stdin (sent chunked). Neither is ever read whole into memory.
 */
public final class ImageData {
    private final Path file;
    private final InputStream stream;

    private ImageData(Path file, InputStream stream) {
        this.file = file;
        this.stream = stream;
    }

    public static ImageData file(Path file) {
        return new ImageData(Objects.requireNonNull(file), null);
    }

    public static ImageData stream(InputStream in) {
        return new ImageData(null, Objects.requireNonNull(in));
    }

    /** The file, or null for a stream. */
    public Path file() {
        return file;
    }

    /** The stream, or null for a file. */
    public InputStream stream() {
        return stream;
    }

    @Override
    public String toString() {
        return file != null ? "file " + file : "stream";
    }
}
