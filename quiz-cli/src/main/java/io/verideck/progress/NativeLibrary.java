package io.verideck.progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Keeps one extracted copy of sqlite-jdbc's native library in the user's cache directory
 * ({@code $VERIDECK_CACHE}, else {@code $XDG_CACHE_HOME/verideck}, else {@code ~/.cache/verideck}),
 * keyed by the driver version. Without it the driver copies a 1 MB library to the temporary
 * directory on every launch (and a killed process leaves that copy behind).
 */
final class NativeLibrary {
    private static final String LIB_PATH = "org.sqlite.lib.path";
    private static final String LIB_NAME = "org.sqlite.lib.name";

    private NativeLibrary() {
    }

    /** Points the driver at the cached copy, extracting it first if needed; does nothing on failure. */
    static void prepare(Map<String, String> env) {
        if (System.getProperty(LIB_PATH) != null) return;
        String folder = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
        String name = System.mapLibraryName("sqlitejdbc");
        String resource = "/org/sqlite/native/" + folder + "/" + name;
        try {
            String version = driverVersion();
            Path dir = cacheDir(env).resolve("sqlite-native").resolve(version).resolve(folder);
            Path lib = dir.resolve(name);
            if (!Files.isRegularFile(lib)) {
                try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
                    if (in == null) return;
                    Files.createDirectories(dir);
                    Path tmp = Files.createTempFile(dir, name, ".part");
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            System.setProperty(LIB_PATH, dir.toString());
            System.setProperty(LIB_NAME, name);
        } catch (IOException | RuntimeException e) {
            // fall back to the driver's own extraction into the temporary directory
        }
    }

    private static String driverVersion() throws IOException {
        try (InputStream in = NativeLibrary.class.getResourceAsStream("/META-INF/maven/org.xerial/sqlite-jdbc/VERSION")) {
            if (in == null) throw new IOException("sqlite-jdbc version not found");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
        }
    }

    private static Path cacheDir(Map<String, String> env) {
        String c = env.get("VERIDECK_CACHE");
        if (c != null && !c.isBlank()) return Path.of(c);
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "verideck");
        return Path.of(System.getProperty("user.home"), ".cache", "verideck");
    }
}
