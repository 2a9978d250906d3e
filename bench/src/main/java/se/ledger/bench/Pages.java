package se.ledger.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import se.ledger.bench.data.PlanGenerator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
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
        // a fixed header rather than HasAuthentication, which pauses every request in DevTools
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("chef:chef".getBytes(StandardCharsets.UTF_8)))));
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

    /** The overview, grid and auditor pages of generated plan p0, or a line saying Chromium is missing. */
    static void addTo(ResultTable table, ConfigurableApplicationContext ledger, int repeat) throws Exception {
        if (!Pages.installed()) {
            table.notMeasured("page API requests (overview, grid, auditor)",
                    "no chromium (/usr/bin/chromium and /usr/bin/chromedriver)");
            return;
        }
        String plan = PlanGenerator.planId(0);
        try (var pages = new Pages(BenchLedger.port(ledger), BenchLedger.counter(ledger))) {
            record Page(String name, String path, Target target) {
            }
            for (var page : List.of(new Page("overview", "/plan.html?id=" + plan, Target.atMost(3)),
                    new Page("grid", "/grid.html?id=" + plan + "&year=2025", null),
                    new Page("auditor", "/auditor.html?id=" + plan, null))) {
                pages.open(page.path()); // warm-up: the browser's cache of scripts and styles
                var requests = new ArrayList<Double>();
                var bytes = new ArrayList<Double>();
                for (int r = 0; r < repeat; r++) {
                    var load = pages.open(page.path());
                    if (load.refused() > 0) {
                        throw new IllegalStateException(page.name() + " page: " + load.refused() + " of "
                                + load.requests() + " API requests refused; the counts would mean nothing");
                    }
                    requests.add((double) load.requests());
                    bytes.add(load.bytes() / 1e6);
                }
                String what = page.name() + " page of a " + PlanGenerator.ACTIVITIES + "-activity plan";
                table.add(what + ": API requests", "requests", Stats.of(requests), null, page.target());
                table.add(what + ": API bytes", "MB", Stats.of(bytes), null, null);
                System.out.printf("%-10s page: %.0f API requests, %.2f MB%n", page.name(), Stats.of(requests).median(),
                        Stats.of(bytes).median());
            }
        }
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
