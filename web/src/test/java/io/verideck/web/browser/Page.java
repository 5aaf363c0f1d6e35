package io.verideck.web.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Small waits and checks shared by the browser tests. */
final class Page {
    private Page() {
    }

    static WebDriverWait waitFor(ChromeDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(10));
    }

    /** Waits until every formula on the page has been handed to KaTeX. */
    static void mathDone(ChromeDriver d) {
        waitFor(d).until(x -> (Boolean) ((JavascriptExecutor) x).executeScript(
                "return document.readyState === 'complete' && "
                        + "Array.from(document.querySelectorAll('main span.math')).every(e => e.hasAttribute('data-tex'))"));
    }

    /** Types into the search box and waits for a result linking to a card. */
    static WebElement searchFor(ChromeDriver d, String query, String cardId) {
        WebElement q = d.findElement(By.id("q"));
        q.clear();
        q.sendKeys(query);
        return waitFor(d).until(x -> x.findElements(By.cssSelector("#results a.hit[href$='cards/" + cardId + ".html']"))
                .stream().findFirst().orElse(null));
    }

    static Object js(ChromeDriver d, String script, Object... args) {
        return d.executeScript(script, args);
    }

    /** Text outside rendered formulas that still holds a TeX dollar, or null when there is none. */
    static String rawDollar(ChromeDriver d) {
        return (String) d.executeScript(
                "const w = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);"
                        + "let n; while ((n = w.nextNode())) {"
                        + "  if (n.parentElement.closest('.katex, code, pre')) continue;"
                        + "  if (n.nodeValue.includes('$')) return n.nodeValue; }"
                        + "return null;");
    }
}
