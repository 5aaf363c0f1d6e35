package io.verideck.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verideck review --plain} in a child JVM with {@code -Xlog:class+load}: it must reach the
 * first question without loading ND4J (never) or Lucene (only a search needs the index).
 */
class ReviewStartupTest {
    @TempDir
    Path dir;

    @Test
    void reviewLoadsNeitherNd4jNorLucene() throws Exception {
        Path decks = Files.createDirectories(dir.resolve("decks"));
        Files.writeString(decks.resolve("d.md"), "---\ndeck: Startup\n---\n\n# Startup\n\n## What is $x$?\nid: startup-x\n\nIt is $x$.\n");
        Path log = dir.resolve("classes.txt");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load:file=" + log, "-cp", cp, "io.verideck.cli.Main", "--decks", decks.toString(),
                "review", "--plain", "--limit", "1", "--db", dir.resolve("p.db").toString());
        pb.environment().put("VERIDECK_HOME", dir.resolve("home").toString());
        pb.environment().put("VERIDECK_CACHE", dir.resolve("cache").toString());
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("Q: "), out);
        List<String> loaded = Files.readAllLines(log);
        assertTrue(loaded.size() > 500, "class-load log looks empty");
        assertEquals(List.of(), loaded.stream().filter(l -> l.contains("org.nd4j.")).limit(5).toList());
        assertEquals(List.of(), loaded.stream().filter(l -> l.contains("org.apache.lucene.")).limit(5).toList());
    }
}
