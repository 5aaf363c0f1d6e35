package io.verideck.kb.grade;

/** Small-typo tolerance: bounded Damerau-Levenshtein distance between stems. */
final class Typos {
    private Typos() {
    }

    /** Edits allowed for a stem of this length: none below 4 letters, 1 up to 7, 2 from 8. */
    static int allowed(int length) {
        return length < 4 ? 0 : length < 8 ? 1 : 2;
    }

    /**
     * True when {@code a} and {@code b} are within the edits allowed for the shorter of them, or when
     * one of at least 5 letters starts the other (a typo can make the stemmer cut a word differently:
     * "saturats" stems to "saturat", "saturates" to "satur").
     */
    static boolean near(String a, String b) {
        if (Math.min(a.length(), b.length()) >= 5 && (a.startsWith(b) || b.startsWith(a))) return true;
        int k = allowed(Math.min(a.length(), b.length()));
        if (k == 0 || Math.abs(a.length() - b.length()) > k) return false;
        if (Character.isDigit(a.charAt(0)) || Character.isDigit(b.charAt(0))) return false;
        return distance(a, b, k) <= k;
    }

    /** Optimal-string-alignment distance, giving up (returning max + 1) once it exceeds {@code max}. */
    static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
