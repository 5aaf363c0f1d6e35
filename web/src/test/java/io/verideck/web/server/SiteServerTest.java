package io.verideck.web.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verideck.web.support.Fixtures;
import io.verideck.web.support.RunningSite;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server over HTTP: pages, search API, security headers, hostile paths. */
class SiteServerTest {
    private static RunningSite site;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        site = new RunningSite(Fixtures.state(Fixtures.report(), null, "site", "xss"));
    }

    @AfterAll
    static void stop() throws Exception {
        site.close();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String p : List.of("/", "/cards/sample-softmax.html", "/api/search?q=softmax", "/assets/site.css", "/nope", "/api/search?q=")) {
            HttpResponse<String> r = site.get(p);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && csp.contains("default-src 'none'"), p + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), p);
        }
    }

    @Test
    void pagesHaveNoInlineScript() throws Exception {
        String html = site.get("/cards/xss-script.html").body();
        assertFalse(html.matches("(?s).*<script(?![^>]*\\ssrc=\"(\\.\\./)*assets/)[^>]*>.*"), "only external scripts from assets/");
        assertFalse(html.contains("<script>window"), html);
    }

    @Test
    void searchAnswersJsonWithHits() throws Exception {
        HttpResponse<String> r = site.get("/api/search?q=" + URLEncoder.encode("batch norm", StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode hits = JSON.readTree(r.body()).get("hits");
        assertEquals("fixture-batchnorm", hits.get(0).get("id").asText());
        assertEquals("cards/fixture-batchnorm.html", hits.get(0).get("url").asText());
        assertEquals(7, hits.get(0).get("lecture").asInt());
    }

    @Test
    void badQueriesAreJson400s() throws Exception {
        for (String q : List.of("%22unclosed", "", "a".repeat(201), "(((", "AND")) {
            HttpResponse<String> r = site.get("/api/search?q=" + q);
            assertEquals(400, r.statusCode(), q);
            JsonNode body = JSON.readTree(r.body());
            assertTrue(body.get("error").asText().length() > 5, r.body());
            assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
        }
        assertEquals(400, site.get("/api/search?q=x&limit=abc").statusCode());
    }

    @Test
    void hostilePathsFindNothingAndListNothing() throws Exception {
        for (String p : List.of("/assets/", "/assets/katex/", "/assets/katex/fonts/", "/assets/../pom.xml",
                "/assets/%2e%2e/%2e%2e/pom.xml", "/assets/..%2f..%2fpom.xml", "/assets/site.css%00.js",
                "/assets/META-INF/MANIFEST.MF", "/cards/../../../etc/passwd", "/..%2f..%2fetc/passwd",
                "/assets/io/verideck/web/render/Html.class", "/WEB-INF/web.xml", "/assets/katex/../../../../pom.properties")) {
            HttpResponse<String> r = site.get(p);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, p + " -> " + r.statusCode());
            assertFalse(r.body().contains("Index of") || r.body().contains("root:") || r.body().contains("<?xml"), p);
            assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), p + ": " + r.body());
        }
    }

    @Test
    void katexAndItsFontsAreServedFromTheApplication() throws Exception {
        assertEquals(200, site.get("/assets/katex/katex.min.js").statusCode());
        HttpResponse<String> css = site.get("/assets/katex/katex.min.css");
        assertTrue(css.body().contains("fonts/KaTeX_Main-Regular.woff2"));
        assertEquals(200, site.get("/assets/katex/fonts/KaTeX_Main-Regular.woff2").statusCode());
    }

    @Test
    void onlyGetAndHead() throws Exception {
        HttpResponse<String> r = site.send(HttpRequest.newBuilder(URI.create(site.url("/"))).POST(HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(405, r.statusCode());
    }

    @Test
    void unknownPagesAre404WithTheSiteChrome() throws Exception {
        HttpResponse<String> r = site.get("/cards/no-such-card.html");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("Not found") && r.body().contains("../assets/site.css"));
    }

    @Test
    void cardPageShowsTheReport() throws Exception {
        String html = site.get("/cards/sample-softmax.html").body();
        assertTrue(html.contains("<span class=\"badge passed\">passed</span></td><td>200</td><td>2.2e-16</td><td>4.4e-16</td><td><code>42</code>"), html);
        assertTrue(html.contains("<span class=\"badge failed\">failed</span></td><td>17</td><td>3.0e-2</td><td>∞</td>"), html);
        String verification = site.get("/verification.html").body();
        assertTrue(verification.contains("<code>verideck verify --claim D7 --seed 7 --tries 20</code>"), "failures say how to reproduce them");
        String mae = site.get("/cards/sample-mae.html").body();
        assertTrue(mae.contains("corrects Z-11") && mae.contains("refuted by the verifier"), mae);
    }

    @Test
    void cardPagesShowTheSourcesMistakesAboutTheirClaimsWithTheCounterexample() throws Exception {
        String softmax = site.get("/cards/sample-softmax.html").body();
        int section = softmax.indexOf("<section class=\"source-mistakes\">");
        assertTrue(section > 0, "sample-softmax names D6, which Z-65 corrupts: " + softmax);
        String shown = softmax.substring(section, softmax.indexOf("</section>", section));
        assertTrue(shown.contains("id=\"mistake-Z-65\"") && shown.contains("INDEX + CONCEPT") && shown.contains("003 L4 l.2570, l.2582"), shown);
        assertTrue(shown.contains("theta = [[0.5, -1.2], [1.5, 0.25]]"), "the counterexample's input: " + shown);
        assertTrue(shown.contains("slide&#39;s h_1 (softmax): 0.3543436938  =  one-vs-rest h_1 = σ(θ_1ᵀx): 0.6704011  (fails)")
                || shown.contains("slide's h_1 (softmax): 0.3543436938  =  one-vs-rest h_1 = σ(θ_1ᵀx): 0.6704011  (fails)"), shown);
        assertTrue(shown.contains("Σ_c softmax_c: 1.0  =  1: 1.0  (holds)"), shown);
        assertTrue(shown.contains("Corrected: "), shown);
        assertTrue(!shown.contains("Z-11") && !shown.contains("Z-04"), "only mistakes about the card's claims, never out-of-scope ones");
        String verification = site.get("/verification.html").body();
        assertTrue(verification.contains("id=\"mistake-Z-65\"") && verification.contains("id=\"mistake-Z-16\""), verification);
        assertTrue(verification.contains("No numeric counterexample: it names which sequence"), verification);
        int z04 = verification.indexOf("id=\"mistake-Z-04\"");
        assertTrue(z04 > 0 && !verification.substring(z04, verification.indexOf("</div>", z04)).contains("As written"),
                "an out-of-scope entry is listed without its garbled statement");
    }
}
