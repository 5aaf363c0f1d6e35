package io.verideck.kb.imports.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.verideck.kb.imports.Import;
import io.verideck.kb.imports.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark generator is deterministic and its 10,000 notes all import (well inside the time target). */
class AnkiBenchDataTest {
    @Test
    void generatorIsDeterministic() throws Exception {
        assertEquals(AnkiBenchData.ankiText(50, 42), AnkiBenchData.ankiText(50, 42));
        assertArrayEquals(AnkiBenchData.apkg(50, 42), AnkiBenchData.apkg(50, 42));
    }

    @Test
    void tenThousandNotesImportFromTextAndApkg(@TempDir Path dir) throws Exception {
        AnkiBenchData.main(new String[] {dir.toString(), "10000"});
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertEquals(10_000, Import.text(SourceText.of("a.txt", Files.readString(dir.resolve("anki-10000.txt"))), null, null).cardCount());
            assertEquals(10_000, Import.file(dir.resolve("anki-10000.apkg"), null, null).cardCount());
        });
    }
}
