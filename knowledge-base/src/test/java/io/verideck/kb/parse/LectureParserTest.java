package io.verideck.kb.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.verideck.kb.check.Problem;
import io.verideck.kb.model.Lecture;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LectureParserTest {
    @Test
    void readsSectionsWithExplicitAndSluggedAnchors() throws IOException {
        ParsedLecture pl = LectureParser.parse("lectures/06-gradient-based-learning.md",
                DeckParserTest.fixture("lectures/06-gradient-based-learning.md"));
        assertEquals(List.of(), pl.problems());
        Lecture l = pl.lecture();
        assertEquals(6, l.number());
        assertEquals("Gradient-based learning", l.title());
        assertEquals(List.of("softmax", "cross-entropy"), l.sections().stream().map(s -> s.anchor()).toList());
        assertEquals("Softmax units", l.sections().get(0).title());
        assertEquals(10, l.sections().get(0).line());
        assertEquals("Output units and their losses.", l.intro());
    }

    @Test
    void badFileNameMissingFrontMatterAndDuplicateAnchors() {
        List<String> p = LectureParser.parse("lectures/six.md", "# x\n\n## A\n\ntext\n\n## A\n\nmore\n")
                .problems().stream().map(Problem::toString).toList();
        assertEquals(List.of(
                "lectures/six.md:1: error: lecture file name must be NN-title.md (two digits, lower-case words), got 'six.md'",
                "lectures/six.md:1: error: lecture notes need front matter with 'lecture: N' and 'title: ...'",
                "lectures/six.md:7: error: duplicate section anchor 'a' (first at line 3)"), p);
        assertNull(LectureParser.parse("lectures/six.md", "# x\n").lecture());
    }

    @Test
    void fileNumberMustMatchFrontMatter() {
        List<String> p = LectureParser.parse("lectures/03-x.md", "---\nlecture: 4\ntitle: X\n---\n## A\n\nt\n")
                .problems().stream().map(Problem::toString).toList();
        assertEquals(List.of("lectures/03-x.md:1: error: file name says lecture 03 but front matter says 4"), p);
    }

    @Test
    void slugs() {
        assertEquals("the-chain-rule-on-graphs", Slugs.of("The chain rule, on graphs!"));
        assertEquals("softmax-of", Slugs.of("Softmax of $z$"));
        assertEquals("naive-bayes", Slugs.of("Naïve Bayes"));
    }
}
