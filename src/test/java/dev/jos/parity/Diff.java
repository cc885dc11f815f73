package dev.jos.parity;

import java.util.ArrayList;
import java.util.List;

/** A line diff for assertion messages: LCS, every line shown, '-' expected and '+' actual. */
final class Diff {
    private Diff() {
    }

    static String unified(String expected, String actual) {
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        int n = a.size();
        int m = b.size();
        if ((long) n * m > 4_000_000L) {
            return "    (too long to diff)\n    - " + expected.length() + " chars\n    + " + actual.length() + " chars\n";
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                sb.append("     ").append(a.get(i)).append('\n');
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                sb.append("    +").append(b.get(j)).append('\n');
                j++;
            } else {
                sb.append("    -").append(a.get(i)).append('\n');
                i++;
            }
        }
        return sb.toString();
    }

    /** Lines with visible line ends, so a missing final newline or a stray \r shows. */
    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < s.length()) {
            int nl = s.indexOf('\n', start);
            if (nl < 0) {
                out.add(s.substring(start).replace("\r", "\\r") + "  <- no newline at end");
                break;
            }
            out.add(s.substring(start, nl).replace("\r", "\\r") + "$");
            start = nl + 1;
        }
        return out;
    }
}
