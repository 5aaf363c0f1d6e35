package io.verideck.kb.imports.bench;

import io.verideck.kb.export.ApkgExporter;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic benchmark inputs: an Anki "Notes in Plain Text" export and an .apkg with the same
 * notes (HTML fields, TeX in {@code \(..\)}, tags, several decks). Same seed, same bytes.
 */
public final class AnkiBenchData {
    private static final String[] WORDS = ("gradient tensor softmax entropy layer kernel stride padding dropout "
            + "momentum adam batch norm residual attention encoder decoder latent prior posterior variance bias "
            + "weight activation sigmoid relu convolution pooling recurrent sequence embedding token loss").split(" ");

    private AnkiBenchData() {
    }

    static String sentence(SplittableRandom r, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) b.append(' ');
            b.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    /** The text export with {@code notes} notes. */
    public static String ankiText(int notes, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder("#separator:tab\n#html:true\n#tags column:3\n");
        for (int i = 0; i < notes; i++) {
            b.append("Note ").append(i).append(": what is <b>").append(sentence(r, 3)).append("</b>?\t")
                    .append(sentence(r, 12)).append("<br>with \\(x_{").append(i).append("}^2 + \\frac{1}{").append(r.nextInt(9) + 1)
                    .append("}\\)</br> and <i>").append(sentence(r, 4)).append("</i>\t")
                    .append("deck").append(i % 20).append(' ').append(WORDS[r.nextInt(WORDS.length)]).append('\n');
        }
        return b.toString();
    }

    /** The .apkg bytes with {@code notes} notes in 20 decks. */
    public static byte[] apkg(int notes, long seed) throws Exception {
        SplittableRandom r = new SplittableRandom(seed);
        List<List<Card>> decks = new ArrayList<>();
        for (int d = 0; d < 20; d++) decks.add(new ArrayList<>());
        for (int i = 0; i < notes; i++) {
            String q = "Note " + i + ": what is **" + sentence(r, 3) + "**?";
            String a = sentence(r, 12) + " with $x_{" + i + "}^2$ and *" + sentence(r, 4) + "*";
            decks.get(i % 20).add(new Card("bench-" + i, q, a, "Bench " + (i % 20), List.of("bench", WORDS[r.nextInt(WORDS.length)]),
                    null, List.of(), List.of(), List.of(), List.of(), null, null, false, null,
                    new io.verideck.kb.model.SourceLocation("bench", i + 1)));
        }
        List<Deck> out = new ArrayList<>();
        for (int d = 0; d < 20; d++) out.add(new Deck("Bench " + d, "bench", List.of(), "", decks.get(d)));
        return ApkgExporter.export(out, Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** Writes both files into {@code dir}: {@code anki-10000.txt} and {@code anki-10000.apkg}. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("anki-" + n + ".txt"), ankiText(n, 42), StandardCharsets.UTF_8);
        Files.write(dir.resolve("anki-" + n + ".apkg"), apkg(n, 42));
    }
}
