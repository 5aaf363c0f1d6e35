package io.verideck.kb.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.content.ContentReader;
import io.verideck.kb.content.LoadResult;
import io.verideck.kb.index.CardIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile content files: huge lines, huge files, binary garbage, pathological Markdown and TeX. */
class HostileContentTest {
    @Test
    void aHugeSingleLineIsReadAndIndexedWithoutHanging() {
        String deck = "---\ndeck: Big\n---\n## Q?\nid: big-line\n\n" + "word ".repeat(1_000_000) + "\n";
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            LoadResult r = ContentLoader.loadFiles(List.of(ContentReader.decode("big.md", deck.getBytes(StandardCharsets.UTF_8))), false);
            assertEquals(List.of(), r.problems());
            try (CardIndex index = CardIndex.open(r.library())) {
                assertEquals(1, index.search("word", 5).size());
            }
        });
    }

    @Test
    void anOversizedFileIsRefusedWithAMessage(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("huge.md");
        try (var out = Files.newOutputStream(f)) {
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 17; i++) out.write(chunk);
        }
        LoadResult r = ContentLoader.directory(dir);
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).toString().matches(".*huge\\.md:1: error: file is \\d+ bytes; content files are limited to \\d+"),
                r.problems().toString());
    }

    @Test
    void binaryGarbageGivesOneErrorNotACrash() {
        long seed = 20261121L;
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int k = 0; k < 50; k++) {
            byte[] junk = new byte[rnd.nextInt(1, 4096)];
            for (int i = 0; i < junk.length; i++) junk[i] = (byte) rnd.nextInt(256);
            LoadResult r = ContentLoader.loadFiles(List.of(ContentReader.decode("junk.md", junk)), false);
            assertTrue(r.hasErrors(), "seed " + seed + " case " + k + ": garbage must be an error");
        }
    }

    @Test
    void pathologicalMarkdownAndTexParseQuickly() {
        String nested = "---\ndeck: P\n---\n## Q?\nid: nested\n\n" + "$".repeat(100_001) + "\n" + "`".repeat(50_000)
                + "\n" + "{".repeat(100_000) + "\n" + "## \n".repeat(10_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            LoadResult r = ContentLoader.loadFiles(List.of(ContentReader.decode("p.md", nested.getBytes(StandardCharsets.UTF_8))), false);
            assertTrue(r.hasErrors());
        });
    }
}
