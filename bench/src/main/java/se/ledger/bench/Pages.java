package se.ledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import java.net.URI;
import org.openqa.selenium.HasAuthentication;
import org.openqa.selenium.UsernameAndPassword;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The ledger's pages opened in Debian's headless Chromium, as the project's browser tests drive
 * it: the API requests and bytes a page causes until it is loaded and quiet, counted by the
 * ledger's side ({@link ApiRequestCounter}).
 */
final class Pages implements AutoCloseable {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    record Load(long requests, long bytes, long refused) {
    }

    private final ChromeDriver driver;
    private final String base;
    private final ApiRequestCounter counter;
    private final Path profile;

    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    Pages(int port, ApiRequestCounter counter) throws Exception {
        this.counter = counter;
        this.base = "http://localhost:" + port;
        profile = Files.createTempDirectory("bench-chromium-");
        var options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=sv-SE", "--window-size=1400,1200", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
                .withEnvironment(Map.of("LANG", "sv_SE.UTF-8")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Predicate<URI> ledger = uri -> "localhost".equals(uri.getHost()) && uri.getPort() == port;
        ((HasAuthentication) driver).register(ledger, UsernameAndPassword.of("chef", "chef"));
    }

    /**
     * Opens the page and waits until it has made no API request for a second (pages that refresh
     * themselves every few seconds are counted up to their first quiet second).
     */
    Load open(String path) throws InterruptedException {
        driver.get(base + "/index.html"); // leave the previous page, so nothing of it is counted
        Thread.sleep(500);
        counter.reset();
        driver.get(base + path);
        long last = -1;
        long quietSince = System.nanoTime();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            long now = counter.requests.get();
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > 1_000_000_000L
                    && "complete".equals(driver.executeScript("return document.readyState"))) {
                break;
            }
            Thread.sleep(50);
        }
        return new Load(counter.requests.get(), counter.bytes.get(), counter.refused.get());
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
