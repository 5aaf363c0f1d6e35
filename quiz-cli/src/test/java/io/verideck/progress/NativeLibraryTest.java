package io.verideck.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver's native library is extracted once into the cache and found there by later launches. */
class NativeLibraryTest {
    @TempDir
    Path cache;

    @Test
    void extractsOnceThenReusesTheCopy() throws Exception {
        String path = System.clearProperty("org.sqlite.lib.path");
        String name = System.clearProperty("org.sqlite.lib.name");
        try {
            NativeLibrary.prepare(Map.of("VERIDECK_CACHE", cache.toString()));
            Path dir = Path.of(System.getProperty("org.sqlite.lib.path"));
            Path lib = dir.resolve(System.getProperty("org.sqlite.lib.name"));
            assertTrue(dir.startsWith(cache.resolve("sqlite-native")), dir.toString());
            assertTrue(dir.getFileName().toString().startsWith("sqlite-jdbc-"), "keyed by the driver jar: " + dir);
            assertTrue(Files.size(lib) > 100_000, "the native library was copied whole");
            FileTime made = FileTime.fromMillis(1_000_000_000_000L);
            Files.setLastModifiedTime(lib, made);

            System.clearProperty("org.sqlite.lib.path");
            NativeLibrary.prepare(Map.of("VERIDECK_CACHE", cache.toString()));
            assertEquals(dir.toString(), System.getProperty("org.sqlite.lib.path"));
            assertEquals(made, Files.getLastModifiedTime(lib), "a second launch must not copy the library again");
            try (Stream<Path> s = Files.walk(cache)) {
                List<Path> parts = s.filter(p -> p.toString().endsWith(".part")).toList();
                assertEquals(List.of(), parts, "no temporary file left behind");
            }
        } finally {
            restore("org.sqlite.lib.path", path);
            restore("org.sqlite.lib.name", name);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) System.clearProperty(key);
        else System.setProperty(key, value);
    }
}
