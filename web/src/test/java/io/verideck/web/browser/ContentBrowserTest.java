package io.verideck.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.model.Library;
import io.verideck.web.data.ContentSource;
import io.verideck.web.server.SiteState;
import io.verideck.web.support.Chromium;
import io.verideck.web.support.Fixtures;
import io.verideck.web.support.RunningSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every lecture page of the real content (the built-in content, or {@code -Dverideck.web.contentDir=DIR})
 * in the browser: KaTeX typesets every formula, no raw {@code $} is left, no console errors. Skipped
 * while there are no lecture notes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentBrowserTest {
    @TempDir
    static Path tmp;
    private RunningSite site;
    private ChromeDriver browser;
    private Library library;

    @BeforeAll
    void start() throws Exception {
        Chromium.assumeInstalled();
        String dir = System.getProperty("verideck.web.contentDir");
        library = dir == null || dir.isBlank() ? ContentLoader.builtin() : ContentLoader.directory(Path.of(dir)).library();
        Assumptions.assumeTrue(!library.lectures().isEmpty(), "no lecture notes in the built-in content yet");
        site = new RunningSite(new SiteState(ContentSource.of(library).load(), tmp.resolve("none.json"), null, Fixtures.CLOCK));
        browser = Chromium.start(tmp.resolve("profile"), false);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) browser.quit();
        if (site != null) site.close();
    }

    @Test
    void everyLecturePageTypesetsEveryFormula() {
        List<String> problems = new ArrayList<>();
        int formulas = 0;
        for (var l : library.lectures()) {
            String path = "/lectures/" + l.number() + ".html";
            browser.get(site.url(path));
            Page.mathDone(browser);
            long n = (Long) Page.js(browser, "return document.querySelectorAll('main span.math').length");
            long typeset = (Long) Page.js(browser, "return document.querySelectorAll('main span.math > .katex, main span.math > .katex-display').length");
            formulas += (int) n;
            Object errors = Page.js(browser, "return Array.from(document.querySelectorAll('.katex-error')).map(e => e.getAttribute('title') || e.textContent).join(' | ')");
            String dollar = Page.rawDollar(browser);
            if (n != typeset) problems.add(path + ": " + (n - typeset) + " formulas not typeset");
            if (!"".equals(errors)) problems.add(path + ": KaTeX errors: " + errors);
            if (dollar != null) problems.add(path + ": raw $ in: " + dollar.strip());
            var console = Chromium.consoleErrors(browser);
            if (!console.isEmpty()) problems.add(path + ": console: " + console);
        }
        assertTrue(formulas > 0);
        assertEquals(List.of(), problems);
    }

    @Test
    void screenshotsOfTheRealContent() throws Exception {
        browser.get(site.url("/"));
        Page.mathDone(browser);
        Chromium.screenshot(browser, "home");
        int lecture = library.lectures().get(Math.min(6, library.lectures().size() - 1)).number();
        browser.get(site.url("/lectures/" + lecture + ".html"));
        Page.mathDone(browser);
        Chromium.screenshot(browser, "lecture");
        var card = library.cards().stream().filter(c -> !c.claims().isEmpty()).findFirst().orElse(library.cards().get(0));
        browser.get(site.url("/" + io.verideck.web.render.Links.card(card.id())));
        Page.mathDone(browser);
        Chromium.screenshot(browser, "card");
        browser.get(site.url("/search.html?q=softmax%20gradient"));
        Page.waitFor(browser).until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#results a.hit")).isEmpty());
        Page.waitFor(browser).until(d -> (Boolean) Page.js(browser,
                "return Array.from(document.querySelectorAll('#results span.math')).every(e => e.hasAttribute('data-tex'))"));
        Chromium.screenshot(browser, "search");
        browser.findElement(org.openqa.selenium.By.id("theme-toggle")).click();
        Chromium.screenshot(browser, "search-dark");
        browser.findElement(org.openqa.selenium.By.id("theme-toggle")).click();
        assertTrue(Path.of("target/screenshots/search.png").toFile().length() > 1000);
    }
}
