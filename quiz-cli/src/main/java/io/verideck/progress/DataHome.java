package io.verideck.progress;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the progress database lives: {@code $VERIDECK_HOME}, else {@code $XDG_DATA_HOME/verideck},
 * else {@code ~/.local/share/verideck}; the file is {@code progress.db} in that directory.
 */
public final class DataHome {
    /** The database file name. */
    public static final String FILE = "progress.db";

    private DataHome() {
    }

    /** The default database path for the given environment and home directory. */
    public static Path database(Map<String, String> env, String userHome) {
        String home = env.get("VERIDECK_HOME");
        if (home != null && !home.isBlank()) return Path.of(home, FILE);
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "verideck", FILE);
        return Path.of(userHome, ".local", "share", "verideck", FILE);
    }

    /** The default database path of this process. */
    public static Path database() {
        return database(System.getenv(), System.getProperty("user.home"));
    }
}
