package io.verideck.kb.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.model.Card;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Search finds the content the way people ask: each paraphrased topic of the shared topic list
 * (sources 000 and 001), used as a query, must bring a card covering that topic into the top 3 for at
 * least 95% of the topics.
 */
class TopicSearchTest {
    private static final Pattern TOPIC = Pattern.compile("^- (00[01]-[QC]\\d\\d)(?: \\(l\\.\\d+\\))?: (.*)$", Pattern.MULTILINE);

    @Test
    void paraphrasedTopicsFindTheirCardsInTheTopThree() throws IOException, QuerySyntaxException {
        Path topics = Path.of(System.getProperty("verideck.shared", "../../shared"), "spec", "topics.md");
        Assumptions.assumeTrue(Files.isRegularFile(topics),
                "SKIPPED: " + topics + " is absent (../shared is not beside the checkout); topic search not measured");
        Matcher m = TOPIC.matcher(Files.readString(topics));
        List<String> misses = new ArrayList<>();
        int total = 0;
        try (CardIndex index = CardIndex.open(ContentLoader.builtin())) {
            while (m.find()) {
                String id = m.group(1);
                String query = QueryParser.escape(m.group(2).replace("**", ""));
                total++;
                Set<String> coveringIds = new HashSet<>();
                for (Card c : ContentLoader.builtin().cards()) if (c.covers().contains(id)) coveringIds.add(c.id());
                List<String> top = index.matchingCardIds(query, 3);
                if (top.stream().noneMatch(coveringIds::contains)) misses.add(id + " \"" + m.group(2) + "\" -> " + top);
            }
        }
        double hitRate = 1.0 - (double) misses.size() / total;
        System.out.printf("topic search: %d/%d topics found in the top 3 (%.1f%%)%n", total - misses.size(), total, 100 * hitRate);
        misses.forEach(x -> System.out.println("  miss: " + x));
        assertTrue(total >= 173, "expected the 173 topics of sources 000 and 001, read " + total);
        assertTrue(hitRate >= 0.95, String.format("only %.1f%% of topics found in the top 3; misses:%n%s", 100 * hitRate,
                String.join("\n", misses)));
    }
}
