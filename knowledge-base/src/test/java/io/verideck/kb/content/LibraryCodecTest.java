package io.verideck.kb.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import io.verideck.kb.model.Lecture;
import io.verideck.kb.model.LectureRef;
import io.verideck.kb.model.LectureSection;
import io.verideck.kb.model.Library;
import io.verideck.kb.model.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The binary library form reads back exactly what was written, and rejects anything else cleanly. */
class LibraryCodecTest {
    private static final long SEED = Long.getLong("verideck.seed", 20261122L);

    @Test
    void theBuiltInLibraryRoundTrips() {
        Library parsed = ContentLoader.loadFiles(ContentLoader.builtinFiles(), true).library();
        Library read = LibraryCodec.decode(LibraryCodec.encode(parsed, true));
        assertEquals(parsed.decks(), read.decks());
        assertEquals(parsed.lectures(), read.lectures());
        assertEquals(parsed.cards(), read.cards());
    }

    @Test
    void decksOnlyLeavesTheLecturesOut() {
        Library parsed = ContentLoader.loadFiles(ContentLoader.builtinFiles(), true).library();
        Library read = LibraryCodec.decode(LibraryCodec.encode(parsed, false));
        assertEquals(parsed.decks(), read.decks());
        assertEquals(List.of(), read.lectures());
        Library skipped = LibraryCodec.decode(LibraryCodec.encode(parsed, true), 0, false);
        assertEquals(parsed.decks(), skipped.decks());
        assertEquals(List.of(), skipped.lectures());
    }

    @Test
    void randomLibrariesRoundTrip() {
        Random rnd = new Random(SEED);
        for (int round = 0; round < 200; round++) {
            Library lib = randomLibrary(rnd);
            byte[] bytes = LibraryCodec.encode(lib, true);
            Library read = LibraryCodec.decode(bytes);
            String where = "seed " + SEED + " (-Dverideck.seed), round " + round;
            assertEquals(lib.decks(), read.decks(), where);
            assertEquals(lib.lectures(), read.lectures(), where);
            assertArrayEquals(bytes, LibraryCodec.encode(read, true), where);
        }
    }

    @Test
    void everyTruncationIsRejectedWithAClearError() {
        byte[] bytes = LibraryCodec.encode(randomLibrary(new Random(SEED)), true);
        for (int n = 0; n < bytes.length; n++) {
            byte[] cut = Arrays.copyOf(bytes, n);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LibraryCodec.decode(cut),
                    "prefix of " + n + " of " + bytes.length + " bytes");
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        }
    }

    @Test
    void damagedBytesNeverEscapeAsAnotherException() {
        Random rnd = new Random(SEED);
        byte[] good = LibraryCodec.encode(randomLibrary(rnd), true);
        for (int round = 0; round < 2000; round++) {
            byte[] bad = good.clone();
            for (int k = 0; k < 1 + rnd.nextInt(4); k++) bad[rnd.nextInt(bad.length)] = (byte) rnd.nextInt(256);
            try {
                LibraryCodec.decode(bad);
            } catch (IllegalArgumentException expected) {
                // a damaged file is reported, never thrown as something else
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + SEED + " round " + round + ": " + e, e);
            }
        }
    }

    @Test
    void aHugeCountIsRefusedBeforeAnythingIsAllocated() {
        byte[] bytes = {0x56, 0x44, 0x4c, 0x42, 1, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x07};
        assertThrows(IllegalArgumentException.class, () -> LibraryCodec.decode(bytes));
        byte[] otherVersion = {0x56, 0x44, 0x4c, 0x42, 2, 0, 0};
        assertThrows(IllegalArgumentException.class, () -> LibraryCodec.decode(otherVersion));
    }

    private static Library randomLibrary(Random rnd) {
        List<Deck> decks = new ArrayList<>();
        for (int d = 0; d < 1 + rnd.nextInt(3); d++) {
            String name = "Deck " + d + text(rnd, 3);
            String file = "decks/d" + d + ".md";
            List<Card> cards = new ArrayList<>();
            for (int c = 0; c < rnd.nextInt(6); c++) {
                LectureRef lecture = rnd.nextBoolean() ? null : new LectureRef(rnd.nextInt(14), rnd.nextBoolean() ? null : "sec-" + rnd.nextInt(3));
                cards.add(new Card("c" + d + "-" + c, text(rnd, 40), rnd.nextInt(20) == 0 ? "x".repeat(70_000) : text(rnd, 200),
                        name, tags(rnd), lecture, tags(rnd), tags(rnd), tags(rnd), words(rnd), rnd.nextBoolean() ? null : text(rnd, 10),
                        rnd.nextBoolean() ? null : "x in R", rnd.nextBoolean(), rnd.nextBoolean() ? null : "anki", new SourceLocation(file, 1 + rnd.nextInt(900))));
            }
            decks.add(new Deck(name, file, tags(rnd), rnd.nextBoolean() ? null : text(rnd, 30), cards));
        }
        List<Lecture> lectures = new ArrayList<>();
        for (int l = 0; l < rnd.nextInt(3); l++) {
            List<LectureSection> sections = new ArrayList<>();
            for (int s = 0; s < rnd.nextInt(4); s++) sections.add(new LectureSection("s" + s, text(rnd, 8), text(rnd, 300), 1 + rnd.nextInt(500)));
            lectures.add(new Lecture(l + 1, text(rnd, 12), "lectures/" + l + ".md", rnd.nextBoolean() ? null : text(rnd, 50), sections));
        }
        return new Library(decks, lectures);
    }

    private static List<String> tags(Random rnd) {
        List<String> t = new ArrayList<>();
        for (int i = 0; i < rnd.nextInt(4); i++) t.add("tag" + rnd.nextInt(5));
        return t;
    }

    private static List<String> words(Random rnd) {
        List<String> t = new ArrayList<>();
        for (int i = 0; i < rnd.nextInt(4); i++) t.add(text(rnd, 12));
        return t;
    }

    /** Text with ASCII, TeX, Greek, CJK and a character outside the BMP. */
    private static String text(Random rnd, int max) {
        String alphabet = "abc xyz $\\frac{a}{b}$ σθ∇ 学習 \uD835\uDF03 \n";
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(max + 1);
        while (sb.length() < n) {
            int i = rnd.nextInt(alphabet.length());
            char ch = alphabet.charAt(i);
            if (Character.isHighSurrogate(ch)) sb.append(ch).append(alphabet.charAt(i + 1));
            else if (!Character.isLowSurrogate(ch)) sb.append(ch);
        }
        return sb.toString();
    }
}
