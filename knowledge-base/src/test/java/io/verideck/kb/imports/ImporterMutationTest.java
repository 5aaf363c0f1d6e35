package io.verideck.kb.imports;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzzer that always runs (the Jazzer target in {@code fuzz/} runs with
 * {@code -Pfuzz}): every importer gets thousands of mutated seeds and may only answer with cards,
 * warnings or an {@link ImportException}; a RuntimeException or a hang fails the test and the seed
 * printed reproduces it ({@code -Dverideck.fuzz.seed=N}).
 */
class ImporterMutationTest {
    static final int ROUNDS = Integer.getInteger("verideck.fuzz.rounds", 1500);

    @Test
    void everyImporterSurvivesMutatedInput() {
        long seed = Long.getLong("verideck.fuzz.seed", 20261121L);
        System.out.println("ImporterMutationTest seed=" + seed + " rounds=" + ROUNDS
                + " (reproduce: mvn -pl knowledge-base test -Dtest=ImporterMutationTest -Dverideck.fuzz.seed=" + seed + ")");
        SplittableRandom rnd = new SplittableRandom(seed);
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int round = 0; round < ROUNDS; round++) {
                String seedText = FuzzCorpus.SEEDS.get(rnd.nextInt(FuzzCorpus.SEEDS.size()));
                String input = mutate(seedText, rnd);
                for (SourceFormat f : SourceFormat.values()) {
                    if (f == SourceFormat.APKG) continue;
                    try {
                        Import.importer(f).read(SourceText.of("fuzz.txt", input));
                        SourceText decoded = SourceText.decode("fuzz.bin", input.getBytes(StandardCharsets.ISO_8859_1));
                        FormatDetector.detect(decoded);
                    } catch (ImportException expected) {
                        // a clear error is a fine answer
                    } catch (RuntimeException | StackOverflowError e) {
                        throw new AssertionError("seed=" + seed + " round=" + round + " format=" + f.id()
                                + " input=" + escape(input), e);
                    }
                }
            }
        });
    }

    static String mutate(String s, SplittableRandom rnd) {
        StringBuilder b = new StringBuilder(s);
        int ops = 1 + rnd.nextInt(8);
        String alphabet = "\n\t $\\{}[]()<>*#_^\"'`-•?:0123456789aQA\u2013\u00a0\uFEFF\u0000";
        for (int i = 0; i < ops && b.length() > 0; i++) {
            int pos = rnd.nextInt(b.length() + 1);
            switch (rnd.nextInt(5)) {
                case 0 -> b.insert(pos, alphabet.charAt(rnd.nextInt(alphabet.length())));
                case 1 -> { if (pos < b.length()) b.deleteCharAt(pos); }
                case 2 -> b.setLength(pos);
                case 3 -> { int from = rnd.nextInt(b.length()); int to = Math.min(b.length(), from + rnd.nextInt(40)); b.insert(pos, b.substring(from, to)); }
                default -> { if (pos < b.length()) b.setCharAt(pos, (char) rnd.nextInt(0x3000)); }
            }
        }
        return b.toString();
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
    }
}
