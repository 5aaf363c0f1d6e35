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
 * keyed by the driver's jar (its file name carries the version), the operating system and the
 * architecture. Without it the driver copies a 1 MB library to the temporary directory on every
 * launch (and a killed process leaves that copy behind). Once the copy exists, a launch only checks
 * that the file is there: the driver's own platform detection, which starts a {@code uname} process,
 * and the search of the class path for the driver's version file run only when the copy is made.
 */
final class NativeLibrary {
    private static final String LIB_PATH = "org.sqlite.lib.path";
    private static final String LIB_NAME = "org.sqlite.lib.name";

    private NativeLibrary() {
    }

    /** Points the driver at the cached copy, extracting it first if needed; does nothing on failure. */
    static void prepare(Map<String, String> env) {
        if (System.getProperty(LIB_PATH) != null) return;
        String name = System.mapLibraryName("sqlitejdbc");
        try {
            String key = driverKey() + "-" + System.getProperty("os.name") + "-" + System.getProperty("os.arch");
            Path dir = cacheDir(env).resolve("sqlite-native").resolve(key.replace(' ', '_').replace('/', '_'));
            Path lib = dir.resolve(name);
            if (!Files.isRegularFile(lib)) {
                String resource = "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
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

    /** The driver jar's file name without {@code .jar} (it names the version), else the version file's content. */
    private static String driverKey() throws IOException {
        try {
            java.security.CodeSource src = org.sqlite.JDBC.class.getProtectionDomain().getCodeSource();
            if (src != null && src.getLocation() != null && "file".equals(src.getLocation().getProtocol())) {
                String file = Path.of(src.getLocation().toURI()).getFileName().toString();
                if (file.endsWith(".jar")) return file.substring(0, file.length() - 4);
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // not a plain jar file: use the version file below
        }
        return "sqlite-jdbc-" + driverVersion();
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
