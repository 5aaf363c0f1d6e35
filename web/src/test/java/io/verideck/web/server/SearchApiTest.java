package io.verideck.web.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.content.Vocabulary;
import io.verideck.kb.index.SearchHit;
import io.verideck.kb.model.Card;
import io.verideck.web.data.ContentSource;
import io.verideck.web.render.Catalog;
import io.verideck.web.render.Links;
import io.verideck.web.render.MarkdownHtml;
import io.verideck.web.render.SnippetMath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/search} answers with the encoded-hit cache are byte for byte the answers written from
 * scratch, the way the API wrote them before the cache (one streaming generator over the hits), on the
 * built-in content, for the site's queries and a few hundred made of card words, asked twice.
 */
class SearchApiTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static ContentSource.Loaded content;
    private static Catalog catalog;
    private static MarkdownHtml markdown;

    @BeforeAll
    static void load() throws Exception {
        content = ContentSource.of(ContentLoader.builtin()).load();
        catalog = new Catalog(content.library(), Vocabulary.builtin());
        markdown = new MarkdownHtml();
    }

    @AfterAll
    static void close() throws Exception {
        content.index().close();
    }

    private static List<String> queries() {
        long seed = Long.getLong("verideck.testSeed", 20261122L);
        System.out.println("SearchApiTest seed " + seed + " (-Dverideck.testSeed=N to repeat another)");
        Random random = new Random(seed);
        List<String> words = new ArrayList<>();
        for (Card c : content.library().cards()) {
            for (String w : c.question().split("[^\\p{L}]+")) if (w.length() > 3) words.add(w.toLowerCase(Locale.ROOT));
        }
        List<String> out = new ArrayList<>(List.of("softmax", "gradient", "batch norm", "backprop", "kullback leibler",
                "\\nabla", "softm", "\"log likelihood\"", "$\\sigma$", "x\"y", "<script>", "attention \u00e9t\u00e9"));
        for (int i = 0; i < 250; i++) {
            String q = words.get(random.nextInt(words.size()));
            if (random.nextBoolean()) q += " " + words.get(random.nextInt(words.size()));
            out.add(q);
        }
        return out;
    }

    @Test
    void cachedHitsGiveTheSameBytesAsFreshlyWrittenAnswers() throws Exception {
        SearchApi fresh = new SearchApi(content.index(), catalog, markdown, 0, 0);
        SearchApi cached = new SearchApi(content.index(), catalog, markdown, 0, 8192);
        SearchApi tiny = new SearchApi(content.index(), catalog, markdown, 0, 5);
        int answers = 0;
        int hits = 0;
        List<String> qs = queries();
        for (int round = 0; round < 2; round++) {
            for (String q : qs) {
                SearchApi.Answer a = fresh.search(q, null);
                assertEquals(a.json(), cached.search(q, null).json(), "round " + round + ": " + q);
                assertEquals(a.json(), tiny.search(q, null).json(), "round " + round + ": " + q);
                assertEquals(fresh.search(q, "7").json(), tiny.search(q, "7").json(), "limit 7: " + q);
                if (a.status() != 200) continue;
                List<SearchHit> found = content.index().search(q, 20);
                assertEquals(reference(q, found), a.json(), "as written before the cache: " + q);
                JsonNode tree = MAPPER.readTree(a.bytes());
                assertEquals(q, tree.get("query").asText());
                assertEquals(found.size(), tree.get("hits").size(), q);
                answers++;
                hits += found.size();
            }
        }
        System.out.printf("SearchApiTest: %d answers, %d hits compared%n", answers, hits);
        assertTrue(answers > 400 && hits > 4_000, answers + " answers, " + hits + " hits");
    }

    /** The answer as {@code SearchApi} wrote it before hits were kept encoded. */
    private static String reference(String q, List<SearchHit> hits) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("query", q);
            g.writeArrayFieldStart("hits");
            for (SearchHit h : hits) {
                boolean card = "card".equals(h.kind());
                g.writeStartObject();
                g.writeStringField("kind", h.kind());
                g.writeStringField("id", h.id());
                g.writeStringField("url", card ? Links.card(h.id()) : Links.section(h.lecture(), h.section()));
                g.writeStringField("title", h.title());
                g.writeStringField("titleHtml", markdown.inline(h.title()));
                g.writeStringField("snippetHtml", SnippetMath.mark(SearchApi.plainSnippet(h.snippetHtml())));
                if (h.lecture() == null) {
                    g.writeNullField("lecture");
                    g.writeNullField("lectureTitle");
                } else {
                    g.writeNumberField("lecture", h.lecture());
                    g.writeStringField("lectureTitle", catalog.lectureTitle(h.lecture()));
                }
                g.writeArrayFieldStart("tags");
                for (String t : h.tags()) g.writeString(t);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
