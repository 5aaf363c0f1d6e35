package io.verideck.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.content.Vocabulary;
import io.verideck.kb.index.CardIndex;
import io.verideck.web.export.StaticExport;
import io.verideck.web.render.Catalog;
import io.verideck.web.render.MarkdownHtml;
import io.verideck.web.render.Pages;
import io.verideck.web.render.SiteContext;
import io.verideck.web.support.Chromium;
import io.verideck.web.support.Fixtures;
import io.verideck.web.verify.VerificationReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The static export served by a plain file server: search runs in the browser from the prebuilt index. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticSiteBrowserTest {
    @TempDir
    static Path tmp;
    private Server files;
    private ChromeDriver browser;
    private int port;

    @BeforeAll
    void start() throws Exception {
        Chromium.assumeInstalled();
        var lib = Fixtures.library("site");
        SiteContext ctx = new SiteContext(new Catalog(lib, Vocabulary.builtin()), CardIndex.open(lib),
                VerificationReport.read(Fixtures.report()), Optional.empty(), new MarkdownHtml(), true);
        Path out = tmp.resolve("site");
        StaticExport.write(new Pages(ctx, LocalDate.of(2026, 11, 21)), out);
        files = new Server();
        ServerConnector c = new ServerConnector(files);
        c.setHost("127.0.0.1");
        files.addConnector(c);
        ResourceHandler h = new ResourceHandler();
        h.setBaseResource(ResourceFactory.of(files).newResource(out));
        h.setDirAllowed(false);
        files.setHandler(h);
        files.start();
        port = c.getLocalPort();
        browser = Chromium.start(tmp.resolve("profile"), false);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) browser.quit();
        if (files != null) files.stop();
    }

    private String url(String p) {
        return "http://127.0.0.1:" + port + p;
    }

    @Test
    void searchWorksFromThePrebuiltIndex() {
        browser.get(url("/index.html"));
        Page.searchFor(browser, "softmax", "sample-softmax");
        Page.searchFor(browser, "Kullback", "fixture-kl");
        Page.searchFor(browser, "stochastic gradient", "sample-sgd");
        assertTrue(browser.findElements(By.cssSelector("#results mark")).size() > 0, "matches are highlighted");
        assertTrue(Chromium.consoleErrors(browser).isEmpty());
    }

    /**
     * The export searches the server's analyzed terms: each of these fails with plain MiniSearch over
     * the raw words (no stem in common, more edits than its fuzzy match allows, or no word in common).
     */
    @Test
    void searchUsesTheServersStemsAndSynonyms() {
        browser.get(url("/index.html"));
        Page.searchFor(browser, "backprop", "sample-backprop");
        // stems: "standardizing" and the card's "standardizes" are both "standard" (3 edits apart)
        Page.searchFor(browser, "standardizing", "fixture-batchnorm");
        // stems: "normalizing" and "normalization" are both "normal"
        Page.searchFor(browser, "normalizing features", "fixture-batchnorm");
        // British spelling through the synonym group of batch normalization
        Page.searchFor(browser, "batch normalisation", "fixture-batchnorm");
        // a synonym with no word in common: the card says "Kullback-Leibler"
        Page.searchFor(browser, "relative entropy", "fixture-kl");
        List<?> errors = Chromium.consoleErrors(browser);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void pagesWorkFromFilesWithRelativeLinks() {
        browser.get(url("/lectures/7.html#chain-rule"));
        Page.mathDone(browser);
        assertEquals(0L, Page.js(browser, "return document.querySelectorAll('.katex-error').length"));
        assertTrue((Long) Page.js(browser, "return document.querySelectorAll('main .katex').length") > 3);
        browser.findElement(By.cssSelector("a[rel=prev]")).click();
        Page.waitFor(browser).until(d -> d.getCurrentUrl().endsWith("/lectures/6.html"));
        Page.mathDone(browser);
        List<?> errors = Chromium.consoleErrors(browser);
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
