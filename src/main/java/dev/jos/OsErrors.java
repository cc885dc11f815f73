package dev.jos;

import java.util.Map;

/**
 * Python's text for an OSError ("[Errno 28] No space left on device") from the JDK's, which
 * carries only strerror's words: the errno is looked up from them (Linux numbers).
 */
final class OsErrors {
    private static final Map<String, Integer> ERRNO = Map.of(
            "No space left on device", 28, "Broken pipe", 32, "Input/output error", 5,
            "Disk quota exceeded", 122, "File too large", 27, "Bad file descriptor", 9,
            "Permission denied", 13, "Read-only file system", 30);

    private OsErrors() {
    }

    static String pythonText(String jdkMessage) {
        if (jdkMessage == null || jdkMessage.isEmpty()) {
            return "[Errno 5] Input/output error";
        }
        for (Map.Entry<String, Integer> e : ERRNO.entrySet()) {
            if (jdkMessage.contains(e.getKey())) {
                return "[Errno " + e.getValue() + "] " + e.getKey();
            }
        }
        return jdkMessage;
    }
}
