package dev.jos.compute.server;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Python's OSError text for a file that could not be opened, as OSC quotes it. */
final class PyErrors {
    private PyErrors() {
    }

    static String ioError(Exception e, String path) {
        return ioError(e, path, java.nio.file.Path::of);
    }

    /** @param files resolves the name against the invocation's working directory */
    static String ioError(Exception e, String path, java.util.function.Function<String, java.nio.file.Path> files) {
        String quoted = "'" + path.replace("\\", "\\\\").replace("'", "\\'") + "'";
        if (e instanceof NoSuchFileException) {
            return "[Errno 2] No such file or directory: " + quoted;
        }
        if (e instanceof AccessDeniedException) {
            return "[Errno 13] Permission denied: " + quoted;
        }
        if (e instanceof IOException && !(e instanceof java.nio.file.InvalidPathException)
                && java.nio.file.Files.isDirectory(files.apply(path))) {
            return "[Errno 21] Is a directory: " + quoted;
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
