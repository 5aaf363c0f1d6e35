package io.verideck.kb.content;

import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import io.verideck.kb.model.Lecture;
import io.verideck.kb.model.LectureRef;
import io.verideck.kb.model.LectureSection;
import io.verideck.kb.model.Library;
import io.verideck.kb.model.SourceLocation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact binary form of a {@link Library}, for caches that must be read back at start-up in a few
 * milliseconds: the built-in library saved at build time ({@link LibrarySnapshot}) and the review
 * command's cache of the user's decks. Reading decodes one byte array with no reflection, no object
 * streams and no regular expressions; strings that repeat from card to card (deck names, tags, claim
 * ids, file names) are stored once and referred to by number afterwards.
 *
 * <p>Layout: the magic {@code VDLB}, a format version, the decks with their cards, then the lectures
 * with their sections. Lengths and counts are unsigned LEB128 varints. A string is {@code 0} for null,
 * {@code 2n+1} followed by n UTF-8 bytes for a new string, or {@code 2k+2} for the k-th string stored
 * earlier in the shared table (only short strings that are likely to repeat go to the table).
 */
public final class LibraryCodec {
    private static final int MAGIC = 0x56444c42; // "VDLB"
    private static final int VERSION = 1;

    private LibraryCodec() {
    }

    /**
     * @param library the library to encode
     * @param withLectures false to store the decks only (a reader then gets no lectures)
     * @return the encoded bytes
     */
    public static byte[] encode(Library library, boolean withLectures) {
        Writer w = new Writer();
        w.fixed(MAGIC);
        w.varint(VERSION);
        w.varint(library.decks().size());
        for (Deck d : library.decks()) {
            w.shared(d.name());
            w.shared(d.file());
            w.sharedList(d.tags());
            w.text(d.intro());
            w.varint(d.cards().size());
            for (Card c : d.cards()) card(w, c);
        }
        List<Lecture> lectures = withLectures ? library.lectures() : List.of();
        w.varint(lectures.size());
        for (Lecture l : lectures) {
            w.varint(l.number());
            w.text(l.title());
            w.shared(l.file());
            w.text(l.intro());
            w.varint(l.sections().size());
            for (LectureSection s : l.sections()) {
                w.text(s.anchor());
                w.text(s.title());
                w.text(s.body());
                w.varint(s.line());
            }
        }
        return w.bytes();
    }

    private static void card(Writer w, Card c) {
        w.text(c.id());
        w.text(c.question());
        w.text(c.answer());
        w.shared(c.deck());
        w.sharedList(c.tags());
        if (c.lecture() == null) {
            w.varint(0);
        } else {
            w.varint(c.lecture().number() + 1);
            w.shared(c.lecture().anchor());
        }
        w.sharedList(c.covers());
        w.sharedList(c.claims());
        w.sharedList(c.refutes());
        w.varint(c.keyPoints().size());
        for (String k : c.keyPoints()) w.text(k);
        w.text(c.formula());
        w.text(c.variables());
        w.varint(c.draft() ? 1 : 0);
        w.shared(c.origin());
        w.shared(c.location().file());
        w.varint(c.location().line());
    }

    /**
     * @param bytes what {@link #encode} returned
     * @return the library
     * @throws IllegalArgumentException when the bytes are not an encoded library of this version or are cut short
     */
    public static Library decode(byte[] bytes) {
        return decode(bytes, 0, true);
    }

    /**
     * @param bytes a buffer holding an encoded library
     * @param offset where the encoded library starts
     * @param withLectures false to stop after the decks (the library then has no lectures)
     * @return the library
     * @throws IllegalArgumentException when the bytes are not an encoded library of this version or are cut short
     */
    public static Library decode(byte[] bytes, int offset, boolean withLectures) {
        Reader r = new Reader(bytes, offset);
        try {
            if (r.fixed() != MAGIC) throw new IllegalArgumentException("not an encoded library");
            int version = r.varint();
            if (version != VERSION) throw new IllegalArgumentException("encoded library version " + version + ", expected " + VERSION);
            int nd = r.count();
            List<Deck> decks = new ArrayList<>(nd);
            for (int i = 0; i < nd; i++) {
                String name = r.shared();
                String file = r.shared();
                List<String> tags = r.sharedList();
                String intro = r.text();
                int nc = r.count();
                List<Card> cards = new ArrayList<>(nc);
                for (int j = 0; j < nc; j++) cards.add(card(r));
                decks.add(new Deck(name, file, tags, intro, cards));
            }
            if (!withLectures) return new Library(decks, List.of());
            int nl = r.count();
            List<Lecture> lectures = new ArrayList<>(nl);
            for (int i = 0; i < nl; i++) {
                int number = r.varint();
                String title = r.text();
                String file = r.shared();
                String intro = r.text();
                int ns = r.count();
                List<LectureSection> sections = new ArrayList<>(ns);
                for (int j = 0; j < ns; j++) sections.add(new LectureSection(r.text(), r.text(), r.text(), r.varint()));
                lectures.add(new Lecture(number, title, file, intro, sections));
            }
            return new Library(decks, lectures);
        } catch (ArrayIndexOutOfBoundsException | NegativeArraySizeException | StringIndexOutOfBoundsException | NullPointerException e) {
            throw new IllegalArgumentException("encoded library is cut short or damaged", e);
        }
    }

    private static Card card(Reader r) {
        String id = r.text();
        String question = r.text();
        String answer = r.text();
        String deck = r.shared();
        List<String> tags = r.sharedList();
        int lectureNumber = r.varint();
        LectureRef lecture = lectureNumber == 0 ? null : new LectureRef(lectureNumber - 1, r.shared());
        List<String> covers = r.sharedList();
        List<String> claims = r.sharedList();
        List<String> refutes = r.sharedList();
        List<String> keyPoints = r.textList();
        String formula = r.text();
        String variables = r.text();
        boolean draft = r.varint() != 0;
        String origin = r.shared();
        SourceLocation location = new SourceLocation(r.shared(), r.varint());
        return new Card(id, question, answer, deck, tags, lecture, covers, claims, refutes, keyPoints, formula, variables,
                draft, origin, location);
    }

    /** Appends varints and strings to a growing array, keeping the table of shared strings. */
    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        private final Map<String, Integer> table = new HashMap<>();

        void fixed(int v) {
            out.write(v >>> 24);
            out.write(v >>> 16);
            out.write(v >>> 8);
            out.write(v);
        }

        void varint(int v) {
            if (v < 0) throw new IllegalArgumentException("negative count " + v);
            while ((v & ~0x7f) != 0) {
                out.write((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            out.write(v);
        }

        /** A string that is written out every time (questions, answers, section bodies). */
        void text(String s) {
            if (s == null) {
                varint(0);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(2 * b.length + 1);
            out.write(b, 0, b.length);
        }

        /** A string that may repeat: the second time on it is a reference into the table. */
        void shared(String s) {
            if (s == null) {
                varint(0);
                return;
            }
            Integer k = table.get(s);
            if (k != null) {
                varint(2 * k + 2);
                return;
            }
            table.put(s, table.size());
            text(s);
        }

        void sharedList(List<String> l) {
            varint(l.size());
            for (String s : l) shared(s);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    /** Reads what {@link Writer} wrote; the table grows in the same order as the writer's. */
    private static final class Reader {
        private final byte[] b;
        private int pos;
        private final List<String> table = new ArrayList<>();

        Reader(byte[] b, int pos) {
            this.b = b;
            this.pos = pos;
        }

        int fixed() {
            int v = (b[pos] & 0xff) << 24 | (b[pos + 1] & 0xff) << 16 | (b[pos + 2] & 0xff) << 8 | (b[pos + 3] & 0xff);
            pos += 4;
            return v;
        }

        int varint() {
            int v = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                byte x = b[pos++];
                v |= (x & 0x7f) << shift;
                if (x >= 0) {
                    if (v < 0) break;
                    return v;
                }
            }
            throw new IllegalArgumentException("bad varint at byte " + (pos - 1));
        }

        /** A count of items, each of which takes at least one byte: bounded by what is left. */
        int count() {
            int n = varint();
            if (n > b.length - pos) throw new IllegalArgumentException("count " + n + " at byte " + pos + " exceeds the data");
            return n;
        }

        /** A string written with {@code text}: never in the table. */
        String text() {
            int v = varint();
            if ((v & 1) == 0 && v != 0) throw new IllegalArgumentException("string reference where text was expected, before byte " + pos);
            return inline(v);
        }

        /** A string written with {@code shared}: new ones join the table, references are looked up. */
        String shared() {
            int v = varint();
            if (v == 0 || (v & 1) == 1) {
                String s = inline(v);
                if (s != null) table.add(s);
                return s;
            }
            int k = (v >>> 1) - 1;
            if (k >= table.size()) throw new IllegalArgumentException("string reference " + k + " before byte " + pos + " is undefined");
            return table.get(k);
        }

        /** The string whose header {@code v} (0 for null, else {@code 2n+1}) was just read: its n bytes follow. */
        private String inline(int v) {
            if (v == 0) return null;
            int n = v >>> 1;
            if (n > b.length - pos) throw new IllegalArgumentException("string of " + n + " bytes at byte " + pos + " exceeds the data");
            String s = new String(b, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }

        List<String> sharedList() {
            int n = count();
            List<String> l = new ArrayList<>(n);
            for (int i = 0; i < n; i++) l.add(shared());
            return l;
        }

        List<String> textList() {
            int n = count();
            List<String> l = new ArrayList<>(n);
            for (int i = 0; i < n; i++) l.add(text());
            return l;
        }
    }
}
