package io.verideck.kb.imports;

import io.verideck.kb.imports.anki.AnkiTextImporter;
import io.verideck.kb.imports.anki.ApkgImporter;
import io.verideck.kb.imports.delimited.DelimitedImporter;
import io.verideck.kb.imports.exam.ExamImporter;
import io.verideck.kb.imports.flashcards.FlashcardDumpImporter;
import io.verideck.kb.imports.handbook.HandbookImporter;
import io.verideck.kb.imports.html.HtmlQaImporter;
import io.verideck.kb.imports.markdown.MarkdownQaImporter;
import io.verideck.kb.imports.slides.SlideImporter;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import io.verideck.kb.model.LectureRef;
import io.verideck.kb.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Entry point: one source file (or text) in, decks of cards with stable ids out. Writes nothing. */
public final class Import {
    /** Shown as the answer of a card whose source has none (the card is also marked draft). */
    public static final String NO_ANSWER = "*(The source has no answer for this question.)*";

    private Import() {
    }

    /**
     * Imports one file.
     *
     * @param file     the file to read (never modified)
     * @param format   the format, or null to recognise it by content
     * @param deckName the deck name to use instead of the one found in the source, or null
     */
    public static ImportResult file(Path file, SourceFormat format, String deckName) throws ImportException {
        String shown = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        SourceLocation top = new SourceLocation(shown, 1);
        if (!Files.isRegularFile(file)) throw new ImportException(top, "no such file");
        try {
            if (format == SourceFormat.APKG || format == null && isZip(file)) {
                ImportedDocument doc = new ApkgImporter().read(file, shown);
                return assemble(shown, SourceFormat.APKG, doc, deckName);
            }
            if (Files.size(file) > SourceText.MAX_BYTES) {
                throw new ImportException(top, "file is larger than " + (SourceText.MAX_BYTES >> 20) + " MB; not imported");
            }
            return text(SourceText.decode(shown, Files.readAllBytes(file)), format, deckName);
        } catch (IOException e) {
            throw new ImportException(top, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Imports decoded text (format null = recognise by content). */
    public static ImportResult text(SourceText source, SourceFormat format, String deckName) throws ImportException {
        SourceFormat f = format == null ? FormatDetector.detect(source) : format;
        if (f == SourceFormat.APKG) {
            throw new ImportException(source.at(1), "an .apkg package is a zip file; pass the file itself");
        }
        ImportedDocument doc;
        try {
            doc = importer(f).read(source);
        } catch (RuntimeException e) {
            // An importer bug must still name the file; the CLI shows the stack trace only with --debug.
            throw new ImportException(source.at(1), "cannot read as " + f.id() + ": " + e, e);
        }
        List<ImportWarning> warnings = new ArrayList<>(source.warnings());
        warnings.addAll(doc.warnings());
        return assemble(source.file(), f, new ImportedDocument(doc.title(), doc.notes(), doc.lectures(),
                warnings, doc.reviews()), deckName);
    }

    /** The importer for a text format. */
    public static Importer importer(SourceFormat f) {
        return switch (f) {
            case MARKDOWN -> new MarkdownQaImporter();
            case HTML -> new HtmlQaImporter();
            case HANDBOOK -> new HandbookImporter();
            case FLASHCARDS -> new FlashcardDumpImporter();
            case EXAM -> new ExamImporter();
            case SLIDES -> new SlideImporter();
            case ANKI_TEXT -> new AnkiTextImporter();
            case DELIMITED -> new DelimitedImporter();
            case APKG -> throw new IllegalArgumentException("apkg is not a text format");
        };
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(4);
            return b.length == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        }
    }

    static ImportResult assemble(String file, SourceFormat format, ImportedDocument doc, String deckName) {
        String defaultDeck = deckName != null ? deckName
                : doc.title() != null && !doc.title().isBlank() ? doc.title().strip() : stem(file);
        Map<String, List<Card>> byDeck = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        Map<String, String> keyToId = new HashMap<>();
        Map<String, String> tagSlugs = new HashMap<>();
        for (Note n : doc.notes()) {
            String deck = deckName != null || n.deck() == null ? defaultDeck : n.deck();
            String question = SafeMarkdown.clean(n.question().indexOf('\n') < 0 ? n.question().strip()
                    : n.question().replaceAll("\\s*\\n\\s*", " ").strip());
            if (question.isEmpty()) continue;
            String id = CardIds.of(deck, question);
            String unique = id;
            for (int k = 2; !used.add(unique); k++) unique = id + "-" + k;
            String answer = SafeMarkdown.clean(n.answer().strip());
            boolean empty = answer.isEmpty();
            if (empty) answer = NO_ANSWER;
            List<String> tags = n.tags().stream().map(t -> tagSlugs.computeIfAbsent(t, x -> CardIds.slug(x, 40)))
                    .filter(t -> !t.isEmpty()).distinct().toList();
            LectureRef lecture = n.lecture() == null ? null : LectureRef.parse(n.lecture());
            Card card = new Card(unique, question, answer, deck, tags, lecture, List.of(), List.of(), List.of(),
                    List.of(), null, null, n.draft() || n.incomplete() || empty, file + ":" + n.line(),
                    new SourceLocation(file, n.line()));
            byDeck.computeIfAbsent(deck, d -> new ArrayList<>()).add(card);
            if (n.key() != null) keyToId.putIfAbsent(n.key(), unique);
        }
        List<Deck> decks = new ArrayList<>();
        byDeck.forEach((name, cards) -> decks.add(new Deck(name, file, List.of(), "", cards)));
        List<ReviewEntry> reviews = new ArrayList<>();
        for (ReviewEntry r : doc.reviews()) {
            String id = keyToId.get(r.noteKey());
            if (id != null) reviews.add(new ReviewEntry(id, r.reviewTime(), r.rating(), r.state(), r.durationMillis()));
        }
        return new ImportResult(file, format, decks, doc.lectures(), doc.warnings(), reviews);
    }

    private static String stem(String file) {
        String name = file.replaceAll(".*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
