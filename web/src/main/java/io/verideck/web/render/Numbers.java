package io.verideck.web.render;

import java.util.Locale;

/** How numbers read on the site. */
final class Numbers {
    private Numbers() {
    }

    /** An error size in scientific notation ({@code 3.1e-12}), or a dash when not reported. */
    static String sci(double x) {
        if (Double.isNaN(x)) return "–";
        if (x == 0) return "0";
        if (Double.isInfinite(x)) return x > 0 ? "∞" : "-∞";
        return String.format(Locale.ROOT, "%.1e", x).replace("e-0", "e-").replace("e+0", "e+");
    }
}
