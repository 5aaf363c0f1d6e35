package io.verideck.kb.imports.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.verideck.kb.imports.FormatDetector;
import io.verideck.kb.imports.Import;
import io.verideck.kb.imports.ImportException;
import io.verideck.kb.imports.SourceFormat;
import io.verideck.kb.imports.SourceText;
import io.verideck.kb.imports.anki.ApkgImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Jazzer targets (compiled and run only with {@code -Pfuzz}): coverage-guided fuzzing of the byte
 * decoder, the format detector, every text importer and the .apkg reader. Only
 * {@link ImportException} is an acceptable failure; Jazzer reports anything else with a reproducer.
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl knowledge-base -Pfuzz test -Dtest=ImportersFuzz#textImporters -Dfuzz.duration=10s   # CI budget
 * JAZZER_FUZZ=1 mvn -pl knowledge-base -Pfuzz test -Dtest=ImportersFuzz#apkg -Dfuzz.duration=10m           # locally
 * </pre>
 */
class ImportersFuzz {
    private static final SourceFormat[] TEXT = {SourceFormat.MARKDOWN, SourceFormat.HTML, SourceFormat.HANDBOOK,
        SourceFormat.FLASHCARDS, SourceFormat.EXAM, SourceFormat.SLIDES, SourceFormat.ANKI_TEXT, SourceFormat.DELIMITED};

    @FuzzTest(maxDuration = "10s")
    void textImporters(FuzzedDataProvider data) {
        SourceFormat f = TEXT[data.consumeInt(0, TEXT.length - 1)];
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            SourceText text = SourceText.decode("fuzz.txt", bytes);
            FormatDetector.detect(text);
            Import.importer(f).read(text);
        } catch (ImportException expected) {
            // a clear error is a fine answer
        }
    }

    @FuzzTest(maxDuration = "10s")
    void apkg(FuzzedDataProvider data) throws IOException {
        Path tmp = Files.createTempFile("fuzz", ".apkg");
        try {
            Files.write(tmp, data.consumeRemainingAsBytes());
            new ApkgImporter().read(tmp, "fuzz.apkg");
        } catch (ImportException expected) {
            // a clear error is a fine answer
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
