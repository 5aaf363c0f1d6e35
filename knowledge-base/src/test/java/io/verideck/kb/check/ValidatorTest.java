package io.verideck.kb.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.verideck.kb.content.ContentFile;
import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.content.LoadResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorTest {
    private static ContentFile file(String name, String text) {
        return io.verideck.kb.content.ContentReader.decode(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void duplicateIdsAcrossFilesPointAtBoth() {
        LoadResult r = ContentLoader.loadFiles(List.of(
                file("a.md", "---\ndeck: A\n---\n## Q1?\nid: same-id\n\nA.\n"),
                file("b.md", "---\ndeck: B\n---\n\n## Q2?\nid: same-id\n\nB.\n")), false);
        assertEquals(List.of("b.md:5: error: duplicate id 'same-id' (first at a.md:4)"),
                r.problems().stream().map(Problem::toString).toList());
        assertEquals(1, r.library().cards().size());
    }

    @Test
    void lectureReferencesMustResolveAndBuiltInCardsNeedKeyPoints() {
        LoadResult r = ContentLoader.loadFiles(List.of(
                file("decks/a.md", "---\ndeck: A\n---\n## Q1?\nid: q-one\nlecture: 6#nowhere\n\nA.\n"),
                file("lectures/06-x.md", "---\nlecture: 6\ntitle: X\n---\n## Here {#here}\n\nt\n")), true);
        assertEquals(List.of("decks/a.md:4: warning: card 'q-one' has no key points",
                "decks/a.md:4: warning: card 'q-one' refers to section 'nowhere' of lecture 6, which does not exist"),
                r.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void encodingProblemsAreReportedWithLine() {
        byte[] bad = "---\ndeck: A\n---\n## Q\u00e9?\n".getBytes(StandardCharsets.ISO_8859_1);
        LoadResult r = ContentLoader.loadFiles(List.of(io.verideck.kb.content.ContentReader.decode("x.md", bad)), false);
        assertEquals(List.of("x.md:4: error: not valid UTF-8 (byte offset 20); save the file as UTF-8"),
                r.problems().stream().map(Problem::toString).toList());
        LoadResult u16 = ContentLoader.loadFiles(List.of(io.verideck.kb.content.ContentReader.decode("y.md",
                "\uFEFFhi".getBytes(StandardCharsets.UTF_16))), false);
        assertEquals("y.md:1: error: file is UTF-16; save it as UTF-8", u16.problems().get(0).toString());
        LoadResult nul = ContentLoader.loadFiles(List.of(io.verideck.kb.content.ContentReader.decode("z.md",
                new byte[] {'a', 0, 'b'})), false);
        assertEquals("z.md:1: error: file contains NUL bytes; is it a binary file?", nul.problems().get(0).toString());
    }
}
