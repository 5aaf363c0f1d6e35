package io.verideck.web.data;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Verideck keeps data and caches (the same rules as the CLI, XDG base directories).
 *
 * @param dataDir  {@code $VERIDECK_HOME}, else {@code $XDG_DATA_HOME/verideck}, else {@code ~/.local/share/verideck}
 * @param cacheDir {@code $VERIDECK_CACHE}, else {@code $XDG_CACHE_HOME/verideck}, else {@code ~/.cache/verideck}
 */
public record Locations(Path dataDir, Path cacheDir) {
    /** The locations for an environment. */
    public static Locations of(Map<String, String> env) {
        return new Locations(pick(env, "VERIDECK_HOME", "XDG_DATA_HOME", ".local/share"),
                pick(env, "VERIDECK_CACHE", "XDG_CACHE_HOME", ".cache"));
    }

    public Path reportFile() {
        return dataDir.resolve("verify-report.json");
    }

    /** The review helper's {@code progress.db} (or an older {@code verideck.db} when only that exists). */
    public Path reviewDatabase() {
        Path progress = dataDir.resolve("progress.db");
        Path old = dataDir.resolve("verideck.db");
        return !java.nio.file.Files.exists(progress) && java.nio.file.Files.exists(old) ? old : progress;
    }

    private static Path pick(Map<String, String> env, String own, String xdg, String fallback) {
        String v = env.get(own);
        if (v != null && !v.isBlank()) return Path.of(v);
        String x = env.get(xdg);
        if (x != null && !x.isBlank()) return Path.of(x, "verideck");
        return Path.of(System.getProperty("user.home")).resolve(fallback).resolve("verideck");
    }
}
