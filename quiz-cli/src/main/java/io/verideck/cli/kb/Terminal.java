package io.verideck.cli.kb;

import java.util.Map;

/** Colour decisions for plain (non-full-screen) output: ANSI only on a console and without NO_COLOR. */
public final class Terminal {
    private final boolean color;

    public Terminal(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        this.color = System.console() != null && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
    }

    public String bold(String s) {
        return color ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    public String dim(String s) {
        return color ? "\u001b[2m" + s + "\u001b[0m" : s;
    }

    public String cyan(String s) {
        return color ? "\u001b[36m" + s + "\u001b[0m" : s;
    }
}
