package io.verideck.kb.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.verideck.kb.model.Card;
import io.verideck.kb.model.Lecture;
import io.verideck.kb.model.LectureSection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files: each fixture under {@code fixtures/} is parsed and dumped field by field; the dump must
 * equal {@code golden/<fixture>.parsed}. Regenerate with {@code -Dverideck.updateGolden=true}.
 */
class ParserGoldenTest {
    @ParameterizedTest
    @ValueSource(strings = {"decks/sample.md", "lectures/06-gradient-based-learning.md"})
    void parseMatchesGolden(String fixture) throws IOException {
        String text = DeckParserTest.fixture(fixture);
        StringBuilder dump = new StringBuilder();
        if (fixture.startsWith("lectures/")) {
            ParsedLecture pl = LectureParser.parse(fixture, text);
            Lecture l = pl.lecture();
            dump.append("lecture ").append(l.number()).append(" | ").append(l.title()).append('\n');
            dump.append("intro: ").append(l.intro()).append('\n');
            for (LectureSection s : l.sections()) {
                dump.append("section ").append(s.anchor()).append(" @").append(s.line()).append(" | ").append(s.title()).append('\n');
                dump.append("  body: ").append(s.body().replace("\n", "\n        ")).append('\n');
            }
            pl.problems().forEach(p -> dump.append("problem: ").append(p).append('\n'));
        } else {
            ParsedDeck pd = DeckParser.parse(fixture, text);
            dump.append("deck ").append(pd.deck().name()).append(" tags=").append(pd.deck().tags()).append('\n');
            for (Card c : pd.deck().cards()) {
                dump.append("card ").append(c.id()).append(" @").append(c.location()).append('\n')
                        .append("  question: ").append(c.question()).append('\n')
                        .append("  tags: ").append(c.tags()).append('\n')
                        .append("  lecture: ").append(c.lecture()).append('\n')
                        .append("  covers: ").append(c.covers()).append(" claims: ").append(c.claims())
                        .append(" refutes: ").append(c.refutes()).append('\n')
                        .append("  key points: ").append(c.keyPoints()).append('\n')
                        .append("  formula: ").append(c.formula()).append(" | ").append(c.variables()).append('\n')
                        .append("  answer: ").append(c.answer().replace("\n", "\n          ")).append('\n');
            }
            pd.problems().forEach(p -> dump.append("problem: ").append(p).append('\n'));
        }
        Path golden = Path.of("src/test/resources/golden", fixture.replace('/', '_') + ".parsed");
        if (Boolean.getBoolean("verideck.updateGolden") || !Files.exists(golden)) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, dump.toString(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), dump.toString());
    }
}
