package io.verideck.kb.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/** The index format version and the manifest written beside every index this project builds. */
public final class IndexFormat {
    /** Bump when fields or analysis change: an index of another version is rebuilt, never read. */
    public static final int VERSION = 1;
    static final String MANIFEST = "verideck-index.properties";

    private IndexFormat() {
    }

    /** Writes the manifest atomically (temporary file, then rename). */
    static void writeManifest(Path dir, String contentHash) throws IOException {
        Properties p = new Properties();
        p.setProperty("formatVersion", Integer.toString(VERSION));
        p.setProperty("contentHash", contentHash);
        Path tmp = Files.createTempFile(dir, "manifest", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "Verideck index manifest");
        }
        Files.move(tmp, dir.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The content hash of a usable index in {@code dir}, or null when it is missing or of another version. */
    public static String contentHash(Path dir) {
        Path f = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(f)) return null;
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(f)) {
            p.load(in);
        } catch (IOException e) {
            return null;
        }
        if (!Integer.toString(VERSION).equals(p.getProperty("formatVersion"))) return null;
        return p.getProperty("contentHash");
    }
}
