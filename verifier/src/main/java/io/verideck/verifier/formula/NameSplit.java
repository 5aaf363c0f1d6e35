package io.verideck.verifier.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an undeclared run of letters as a product of declared variables, the way a person writes
 * {@code Wx} for {@code W x} or {@code ab} for {@code a b}. Only an unambiguous reading is taken: if
 * the run splits into declared names in two different ways, it stays an unknown name. The parser puts
 * the parts back into the token stream, so {@code Wxx^T} reads as {@code W x (x^T)}.
 */
final class NameSplit {
    private NameSplit() {
    }

    /** The declared variables spelled by {@code name}, in order, or null when there is no unique reading. */
    static List<String> split(String name, Set<String> declared) {
        if (declared == null || name.indexOf('_') >= 0 || name.length() > 64) return null;
        int n = name.length();
        // readings[i]: how many ways the suffix from i splits into declared names, capped at 2
        int[] readings = new int[n + 1];
        readings[n] = 1;
        for (int i = n - 1; i >= 0; i--) {
            for (int end = i + 1; end <= n; end++) {
                if (declared.contains(name.substring(i, end))) readings[i] = Math.min(2, readings[i] + readings[end]);
            }
        }
        if (readings[0] != 1) return null;
        List<String> factors = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int end = i + 1;
            while (!(declared.contains(name.substring(i, end)) && readings[end] == 1)) end++;
            factors.add(name.substring(i, end));
            i = end;
        }
        return factors.size() < 2 ? null : factors;
    }
}
