package io.verideck.cli;

import java.nio.file.Path;
import java.util.Map;

/** Where Verideck keeps its data and caches, following the XDG base-directory conventions. */
public final class Paths {
    private Paths() {
    }

    /** {@code $VERIDECK_HOME}, else {@code $XDG_DATA_HOME/verideck}, else {@code ~/.local/share/verideck}. */
    public static Path dataDir(Map<String, String> env) {
        String home = env.get("VERIDECK_HOME");
        if (home != null && !home.isBlank()) return Path.of(home);
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "verideck");
        return Path.of(System.getProperty("user.home"), ".local", "share", "verideck");
    }

    /** {@code $VERIDECK_CACHE}, else {@code $XDG_CACHE_HOME/verideck}, else {@code ~/.cache/verideck}. */
    public static Path cacheDir(Map<String, String> env) {
        String c = env.get("VERIDECK_CACHE");
        if (c != null && !c.isBlank()) return Path.of(c);
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "verideck");
        return Path.of(System.getProperty("user.home"), ".cache", "verideck");
    }
}
