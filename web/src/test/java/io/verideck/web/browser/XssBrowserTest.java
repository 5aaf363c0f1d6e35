package io.verideck.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.web.support.Chromium;
import io.verideck.web.support.Fixtures;
import io.verideck.web.support.RunningSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A deck written to attack the site ({@code xss/hostile.md}: script tags, event handlers,
 * {@code javascript:} links, TeX {@code \href}) is served and opened; no script of it runs (the
 * page-global {@code window.__xss} stays unset) and its text still reads sensibly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssBrowserTest {
    private static final String NOT_RUN = "return typeof window.__xss === 'undefined' ? null : String(window.__xss)";
    private static final String LIVE_MARKUP = "return Array.from(document.querySelectorAll('*')).filter(e =>"
            + " Array.from(e.attributes).some(a => /^on/i.test(a.name) || /^\\s*javascript:/i.test(a.value))"
            + " || ((e.tagName === 'SCRIPT') && !/assets\\//.test(e.getAttribute('src') || ''))"
            + " || ['IFRAME', 'IMG', 'STYLE', 'OBJECT', 'EMBED'].includes(e.tagName)).length";

    @TempDir
    static Path tmp;
    private RunningSite site;
    private ChromeDriver browser;

    @BeforeAll
    void start() throws Exception {
        Chromium.assumeInstalled();
        site = new RunningSite(Fixtures.state(Fixtures.report(), null, "site", "xss"));
        browser = Chromium.start(tmp.resolve("profile"), false);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) browser.quit();
        if (site != null) site.close();
    }

    @Test
    void noScriptFromTheDeckRunsOnAnyPage() {
        for (String path : List.of("/cards/xss-script.html", "/cards/xss-href.html", "/cards/xss-attr.html",
                "/lectures/6.html", "/tags/security.html", "/")) {
            browser.get(site.url(path));
            Page.mathDone(browser);
            for (WebElement d : browser.findElements(By.tagName("details"))) d.click();
            assertNull(Page.js(browser, NOT_RUN), path + ": a script from the deck ran");
            assertEquals(0L, Page.js(browser, LIVE_MARKUP), path + ": live markup from the deck");
        }
    }

    @Test
    void clickingEveryLinkOfAHostileCardRunsNothing() {
        browser.get(site.url("/cards/xss-script.html"));
        Page.mathDone(browser);
        List<WebElement> links = browser.findElements(By.cssSelector("main .answer a"));
        for (WebElement a : links) {
            String href = a.getAttribute("href");
            assertTrue(href == null || href.isEmpty() || href.startsWith("http"), "unsafe link target: " + href);
        }
        browser.get(site.url("/cards/xss-href.html"));
        Page.mathDone(browser);
        for (WebElement a : browser.findElements(By.cssSelector("main .katex a, main .katex [href]"))) a.click();
        assertNull(Page.js(browser, NOT_RUN));
    }

    @Test
    void hostileTextIsShownAsText() {
        browser.get(site.url("/cards/xss-script.html"));
        Page.mathDone(browser);
        String question = browser.findElement(By.cssSelector("h1.q")).getText();
        assertTrue(question.contains("<script>window.__xss = 'question'</script>") && question.contains("run in the question"), question);
        String answer = browser.findElement(By.cssSelector(".answer")).getText();
        assertTrue(answer.contains("Plain text answer that reads sensibly."), answer);
        assertTrue(answer.contains("click me"), "the link text is kept: " + answer);
        browser.get(site.url("/cards/xss-href.html"));
        Page.mathDone(browser);
        assertTrue(browser.findElement(By.cssSelector(".answer")).getText().contains("must not become a live link"));
    }

    @Test
    void searchResultsForHostileCardsRunNothing() {
        browser.get(site.url("/"));
        Page.searchFor(browser, "question script", "xss-script");
        Page.searchFor(browser, "href", "xss-href");
        Page.waitFor(browser).until(d -> (Boolean) Page.js(browser,
                "return Array.from(document.querySelectorAll('#results span.math')).every(e => e.hasAttribute('data-tex'))"));
        assertNull(Page.js(browser, NOT_RUN));
        assertEquals(0L, Page.js(browser, LIVE_MARKUP));
    }
}
