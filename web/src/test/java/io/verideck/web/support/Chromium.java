package io.verideck.web.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Nothing is downloaded: the driver
 * and the browser are given by path. Tests are skipped, with a message, on a machine without them.
 */
public final class Chromium {
    public static final String BROWSER = "/usr/bin/chromium";
    public static final String DRIVER = "/usr/bin/chromedriver";

    private Chromium() {
    }

    /** Skips the calling test class when Chromium or chromedriver is missing. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(BROWSER)) && Files.isExecutable(Path.of(DRIVER)),
                "browser tests skipped: install Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
    }

    /** A fresh browser with its own profile directory and console logging on. */
    public static ChromeDriver start(Path profile, boolean darkSystem) throws IOException {
        assumeInstalled();
        Files.createDirectories(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1200,900",
                "--force-prefers-reduced-motion");
        if (darkSystem) options.addArguments("--force-dark-mode", "--blink-settings=preferredColorScheme=0");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }

    /** Console messages at level SEVERE (errors, CSP violations, failed loads) since the last call. */
    public static List<LogEntry> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }

    /** Saves a screenshot to {@code target/screenshots/NAME.png}, and to docs/screenshots when asked. */
    public static void screenshot(ChromeDriver driver, String name) throws IOException {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Path out = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(out.getParent());
        Files.write(out, png);
        String docs = System.getProperty("verideck.screenshots");
        if (docs != null && !docs.isBlank()) {
            Path d = Path.of(docs, name + ".png");
            Files.createDirectories(d.getParent());
            Files.write(d, png);
        }
    }

}
