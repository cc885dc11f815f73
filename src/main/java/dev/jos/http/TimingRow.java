package dev.jos.http;

/**
 * One row of OSC's --timing table: "METHOD URL" (or "Total") and seconds.
 *
 * @param url     the URL column, e.g. {@code GET http://127.0.0.1:5000/v3/projects}
 * @param seconds elapsed seconds, microsecond resolution like Python's timedelta
 */
public record TimingRow(String url, double seconds) {

    /** The seconds as OSC prints them: Python's repr of the float, e.g. 0.002974 or 1.0724240000000001. */
    public String secondsText() {
        return PythonJson.floatRepr(seconds);
    }
}
