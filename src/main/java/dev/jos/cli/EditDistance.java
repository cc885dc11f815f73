package dev.jos.cli;

/** cliff.utils.damerau_levenshtein with cliff's costs, so "did you mean" lists match OSC's. */
final class EditDistance {
    private static final int SWAP = 0;
    private static final int SUBSTITUTE = 2;
    private static final int ADD = 1;
    private static final int DELETE = 3;

    private EditDistance() {
    }

    static int damerauLevenshtein(String s1, String s2) {
        if (s1.equals(s2)) {
            return 0;
        }
        int len1 = s1.length();
        int len2 = s2.length();
        if (len1 == 0) {
            return len2 * ADD;
        }
        if (len2 == 0) {
            return len1 * DELETE;
        }
        int[] row0 = new int[len2 + 1];
        int[] row1 = new int[len2 + 1];
        int[] row2 = new int[len2 + 1];
        for (int i = 0; i <= len2; i++) {
            row0[i] = row1[i] = row2[i] = i * ADD;
        }
        for (int i = 0; i < len1; i++) {
            row2[0] = (i + 1) * DELETE;
            for (int j = 0; j < len2; j++) {
                int sub = row1[j] + (s1.charAt(i) != s2.charAt(j) ? SUBSTITUTE : 0);
                int ins = row2[j] + ADD;
                int del = row1[j + 1] + DELETE;
                int best = Math.min(sub, Math.min(ins, del));
                if (i > 0 && j > 0 && s1.charAt(i - 1) == s2.charAt(j) && s1.charAt(i) == s2.charAt(j - 1)) {
                    best = Math.min(best, row0[j - 1] + SWAP);
                }
                row2[j + 1] = best;
            }
            int[] t = row0;
            row0 = row1;
            row1 = row2;
            row2 = t;
        }
        return row1[len2];
    }
}
