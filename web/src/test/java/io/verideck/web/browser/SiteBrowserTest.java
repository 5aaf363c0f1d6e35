package io.verideck.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.web.support.Chromium;
import io.verideck.web.support.Fixtures;
import io.verideck.web.support.RunningSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;

/** The served site in headless Chromium: search as you type, math, keyboard, deep links, dark mode. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteBrowserTest {
    @TempDir
    static Path tmp;
    private RunningSite site;
    private ChromeDriver browser;

    @BeforeAll
    void start() throws Exception {
        Chromium.assumeInstalled();
        site = new RunningSite(Fixtures.state(Fixtures.report(), null, "site"));
        browser = Chromium.start(tmp.resolve("profile"), false);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) browser.quit();
        if (site != null) site.close();
    }

    @BeforeEach
    void drainConsole() {
        Chromium.consoleErrors(browser);
    }

    @ParameterizedTest(name = "typing \"{0}\" shows card {1}")
    @CsvSource({"softmax,sample-softmax", "backprop,sample-backprop", "batch norm,fixture-batchnorm",
            "Kullback,fixture-kl", "SGD,sample-sgd", "mean absolute,sample-mae", "normalizes,fixture-batchnorm"})
    void searchAsYouTypeShowsTheExpectedCard(String query, String cardId) {
        browser.get(site.url("/"));
        WebElement hit = Page.searchFor(browser, query, cardId);
        assertTrue(hit.isDisplayed());
        assertTrue(browser.findElements(By.cssSelector("#results .group h2")).size() >= 1, "results are grouped by lecture");
    }

    @Test
    void snippetsHighlightMatchesAndRenderMath() {
        browser.get(site.url("/"));
        Page.searchFor(browser, "softmax", "sample-softmax");
        Page.waitFor(browser).until(d -> !d.findElements(By.cssSelector("#results .snippet .katex")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("#results .snippet mark")).size() > 0);
        assertTrue(browser.findElements(By.cssSelector("#results .katex-error")).isEmpty());
        List<String> groups = browser.findElements(By.cssSelector("#results .group h2")).stream().map(WebElement::getText).toList();
        assertTrue(groups.stream().anyMatch(g -> g.equalsIgnoreCase("Lecture 6: Gradient-based learning")), "group titles: " + groups);
    }

    @Test
    void everyFormulaOnALecturePageIsTypeset() {
        browser.get(site.url("/lectures/7.html"));
        Page.mathDone(browser);
        long formulas = (Long) Page.js(browser, "return document.querySelectorAll('main span.math').length");
        long typeset = (Long) Page.js(browser, "return document.querySelectorAll('main span.math > .katex, main span.math > .katex-display').length");
        assertTrue(formulas >= 5, "the fixture lecture has formulas: " + formulas);
        assertEquals(formulas, typeset, "every formula has KaTeX output");
        assertEquals(0L, Page.js(browser, "return document.querySelectorAll('.katex-error, .math-failed').length"));
        assertNull(Page.rawDollar(browser), "no raw $ left outside formulas");
    }

    @Test
    void slashFocusesTheSearchBox() {
        browser.get(site.url("/lectures/6.html"));
        browser.findElement(By.tagName("h1")).click();
        new Actions(browser).sendKeys("/").perform();
        assertEquals("q", browser.switchTo().activeElement().getAttribute("id"));
        assertEquals("", browser.findElement(By.id("q")).getAttribute("value"), "the slash is not typed into the box");
    }

    @Test
    void arrowKeysAndEnterOpenAResult() {
        browser.get(site.url("/"));
        Page.searchFor(browser, "softmax", "sample-softmax");
        WebElement q = browser.findElement(By.id("q"));
        List<WebElement> hits = browser.findElements(By.cssSelector("#results a.hit"));
        q.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_UP);
        String expected = hits.get(0).getAttribute("href");
        assertTrue(hits.get(0).getAttribute("class").contains("active"));
        q.sendKeys(Keys.ENTER);
        Page.waitFor(browser).until(d -> d.getCurrentUrl().equals(expected));
    }

    @Test
    void queryParameterDeepLinksToASearch() {
        browser.get(site.url("/search.html?q=kullback"));
        Page.waitFor(browser).until(d -> !d.findElements(By.cssSelector("#results a.hit[href$='cards/fixture-kl.html']")).isEmpty());
        assertEquals("kullback", browser.findElement(By.id("q")).getAttribute("value"));
    }

    @Test
    void deepLinksLandOnTheHeading() {
        browser.get(site.url("/lectures/7.html#vanishing-gradients"));
        Page.mathDone(browser);
        Page.waitFor(browser).until(d -> {
            double top = ((Number) Page.js(browser, "return document.getElementById('vanishing-gradients').getBoundingClientRect().top")).doubleValue();
            return top >= 0 && top < 200;
        });
        assertTrue(((Number) Page.js(browser, "return window.scrollY")).doubleValue() > 0, "the page scrolled to the heading");
        assertEquals(1L, Page.js(browser, "return document.querySelectorAll('#vanishing-gradients a.anchor[href=\"#vanishing-gradients\"]').length"));
        assertEquals(1L, Page.js(browser, "return document.querySelectorAll('h3[id=\"chain-rule-reverse-mode\"]').length"),
                "sub-headings get anchors too");
    }

    @Test
    void darkModeToggles() {
        browser.get(site.url("/"));
        String before = (String) Page.js(browser, "return getComputedStyle(document.body).backgroundColor");
        String themeBefore = (String) Page.js(browser, "return document.documentElement.getAttribute('data-theme')");
        browser.findElement(By.id("theme-toggle")).click();
        String after = (String) Page.js(browser, "return getComputedStyle(document.body).backgroundColor");
        String themeAfter = (String) Page.js(browser, "return document.documentElement.getAttribute('data-theme')");
        assertNotEquals(before, after, "the background changes");
        assertNotEquals(themeBefore, themeAfter);
        browser.navigate().refresh();
        assertEquals(themeAfter, Page.js(browser, "return document.documentElement.getAttribute('data-theme')"), "the choice is kept");
        browser.findElement(By.id("theme-toggle")).click();
        assertEquals(before, Page.js(browser, "return getComputedStyle(document.body).backgroundColor"), "and toggles back");
    }

    @Test
    void followsTheSystemDarkSettingUntilToggled() {
        browser.get(site.url("/"));
        Page.js(browser, "localStorage.clear()");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            browser.navigate().refresh();
            assertTrue(luminance() < 0.2, "dark background when the system is dark");
            browser.findElement(By.id("theme-toggle")).click();
            assertTrue(luminance() > 0.8, "the toggle switches to light");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                    List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "light"))));
            Page.js(browser, "localStorage.clear()");
        }
        browser.navigate().refresh();
        assertTrue(luminance() > 0.8, "light background when the system is light");
    }

    private double luminance() {
        String rgb = (String) Page.js(browser, "return getComputedStyle(document.body).backgroundColor");
        String[] p = rgb.replaceAll("[^0-9,]", "").split(",");
        return (0.2126 * Integer.parseInt(p[0]) + 0.7152 * Integer.parseInt(p[1]) + 0.0722 * Integer.parseInt(p[2])) / 255;
    }

    @Test
    void cardPageShowsClaimsWithTheirStatusAndTheRefutedMistake() {
        browser.get(site.url("/cards/sample-softmax.html"));
        Page.mathDone(browser);
        String claims = browser.findElement(By.cssSelector("table.claims")).getText();
        assertTrue(claims.contains("D6") && claims.contains("passed") && claims.contains("200"), claims);
        assertTrue(claims.contains("D7") && claims.contains("failed"), claims);
        browser.get(site.url("/cards/sample-mae.html"));
        Page.mathDone(browser);
        String mistakes = browser.findElement(By.cssSelector("ul.refutes")).getText();
        assertTrue(mistakes.contains("Z-11") && mistakes.contains("refuted"), mistakes);
    }

    @Test
    void cardPageShowsTheRefutedMistakeAboutItsClaimWithCounterexampleAndCorrection() {
        browser.get(site.url("/cards/sample-softmax.html"));
        Page.mathDone(browser);
        var detail = browser.findElement(By.cssSelector("section.source-mistakes #mistake-Z-65"));
        String text = detail.getText();
        assertTrue(text.contains("Z-65") && text.contains("refuted") && text.contains("As written:"), text);
        assertTrue(text.contains("theta = [[0.5, -1.2], [1.5, 0.25]]") && text.contains("(fails)") && text.contains("(holds)"), text);
        assertTrue(text.contains("Corrected:"), text);
        long typeset = (Long) Page.js(browser, "return document.querySelectorAll('#mistake-Z-65 .katex').length");
        assertTrue(typeset >= 2, "the wrong and the corrected statement are typeset: " + typeset);
        browser.get(site.url("/verification.html"));
        Page.mathDone(browser);
        assertTrue(browser.findElement(By.id("mistake-Z-11")).getText().contains("MAE as written"));
    }

    @Test
    void noConsoleErrorsOnAnyKindOfPage() {
        for (String path : List.of("/", "/lectures/6.html", "/lectures/7.html", "/cards/sample-softmax.html",
                "/verification.html", "/tags/foundations.html", "/search.html?q=gradient", "/stats.html")) {
            browser.get(site.url(path));
            Page.mathDone(browser);
            List<LogEntry> errors = Chromium.consoleErrors(browser);
            assertTrue(errors.isEmpty(), path + ": " + errors);
        }
    }

    @Test
    void verificationPageDrawsTheErrorChart() {
        browser.get(site.url("/verification.html"));
        Page.mathDone(browser);
        long bars = (Long) Page.js(browser, "return document.querySelectorAll('svg.chart rect.bar').length");
        assertTrue(bars > 10, "one bar per decade: " + bars);
        assertTrue(browser.findElement(By.id("claim-D6")).getText().contains("passed"));
    }

    @Test
    void readableOnAPhone() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            for (String path : List.of("/", "/lectures/7.html", "/cards/sample-softmax.html", "/verification.html")) {
                browser.get(site.url(path));
                Page.mathDone(browser);
                long overflow = (Long) Page.js(browser, "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertTrue(overflow <= 0, path + " scrolls sideways by " + overflow + " px on a phone");
                assertTrue(browser.findElement(By.id("q")).isDisplayed(), "the search box stays on screen");
            }
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 900));
        }
    }

    @Test
    void screenshots() throws Exception {
        browser.get(site.url("/"));
        Page.mathDone(browser);
        Chromium.screenshot(browser, "home");
        browser.get(site.url("/lectures/7.html"));
        Page.mathDone(browser);
        Chromium.screenshot(browser, "lecture");
        browser.get(site.url("/cards/sample-softmax.html"));
        Page.mathDone(browser);
        Chromium.screenshot(browser, "card");
        browser.get(site.url("/"));
        Page.searchFor(browser, "gradient", "sample-backprop");
        Page.waitFor(browser).until(d -> !d.findElements(By.cssSelector("#results .katex")).isEmpty());
        Chromium.screenshot(browser, "search");
        assertTrue(Path.of("target/screenshots/search.png").toFile().length() > 1000);
    }
}
