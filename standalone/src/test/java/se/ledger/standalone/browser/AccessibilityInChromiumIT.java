package se.ledger.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import se.ledger.standalone.LedgerStandalone;

/**
 * WCAG 2.1 AA in a real Chromium: axe-core finds no serious or critical violation on any page
 * (with the Vaggeryd sample and a plan with an indicator chart loaded), the month grid is one tab
 * stop whose arrow keys move between months, and at 390 px (a phone) the pages neither overflow
 * sideways nor overlap.
 */
@DirtiesContext
@SpringBootTest(classes = LedgerStandalone.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.import-sample=true", "ledger.projection.wait-millis=5000"})
@ActiveProfiles("it")
class AccessibilityInChromiumIT extends PagesInChromium {

    @LocalServerPort
    int port;

    private SampleLedger ledger;
    private String plan;
    private String charts;

    @BeforeAll
    void startBrowserOnTheSamplePlan() throws Exception {
        Chromium.requireInstalled();
        ledger = new SampleLedger(port);
        plan = ledger.samplePlan();
        charts = ledger.indicatorPlan("a11y-serier");
        browser = Chromium.start(port, "revisor");
    }

    @Override
    protected void afterEachTest() {
        phone(false);
    }

    /** Every page in the states a user sees them, and every page the application serves (also later ones). */
    @Test
    void axeFindsNoSeriousOrCriticalViolationOnAnyPage() throws IOException {
        var pages = new ArrayList<>(List.of("/",
                "/plan.html?id=" + plan + "&validAt=2022-08-31",
                "/plan.html?id=" + charts + "&validAt=2022-08-31",
                "/plan.html?id=" + plan + "&validAt=2022-08-31&compact=1",
                "/grid.html?id=" + plan + "&year=2022&comments=2022-08",
                "/auditor.html?id=" + plan,
                "/auditor.html?id=" + plan + "&validAt=2022-08-31&from=2022-01-01T00:00:00Z",
                // an instant of one's own: the text fields beside the choices show
                "/auditor.html?id=" + plan + "&asOf=2030-01-01T00:00:00Z&from=2022-02-01T00:00:00Z",
                "/entity.html?kind=plans&id=" + plan,
                "/entity.html?kind=indicators&id=" + charts + "-i&plan=" + charts));
        for (var page : new PathMatchingResourcePatternResolver().getResources("classpath*:static/*.html")) {
            pages.add("/" + page.getFilename() + "?kind=plans&id=" + plan);
        }
        var found = new ArrayList<String>();
        for (String page : pages) {
            browser.open(page);
            awaitRendered();
            found.addAll(seriousViolations(page));
        }
        // the chart's table opened, and the month grid with a month's details open
        browser.open("/plan.html?id=" + charts + "&validAt=2022-08-31");
        awaitRendered();
        browser.one("details.chart-table summary").click();
        assertThat(browser.one("details.chart-table table").getText()).contains("Ingångsvärde", "10 %", "12 %",
                "14 %", "Inga nya data", "Mål", "20 %");
        found.addAll(seriousViolations("diagrammets tabell"));
        browser.open("/grid.html?id=" + plan + "&year=2022&comments=2022-08");
        awaitRendered();
        browser.one("tr.goal-row td[data-month='2022-08']").click();
        browser.await(d -> !browser.all(".cell-popup").isEmpty());
        found.addAll(seriousViolations("månadens uppgifter"));
        assertThat(found).isEmpty();
    }

    /**
     * The pages as those who write see them (a manager's and an admin's forms where the pages offer
     * them), on a desktop and on a phone: axe-core finds nothing serious, nothing overflows or overlaps.
     */
    @Test
    void forManagersAndAdminsThePagesPassTooOnDesktopAndPhone() throws IOException {
        var reader = browser;
        for (String user : List.of("chef", "admin")) {
            browser = Chromium.start(port, user);
            try {
                var found = new ArrayList<String>();
                // where they write: the overview and the grid; an admin's pages (every page) on a desktop
                var writing = List.of("/plan.html?id=" + plan + "&validAt=2022-08-31",
                        "/grid.html?id=" + plan + "&year=2022&comments=2022-08");
                var pages = new ArrayList<>(writing);
                if (user.equals("admin")) {
                    for (var page : new PathMatchingResourcePatternResolver().getResources("classpath*:static/*.html")) {
                        pages.add("/" + page.getFilename() + "?kind=plans&id=" + plan);
                    }
                }
                for (String page : pages) {
                    browser.open(page);
                    awaitRendered();
                    found.addAll(seriousViolations(user + " " + page));
                }
                phone(true);
                for (String page : writing) {
                    browser.open(page);
                    awaitRendered();
                    found.addAll(seriousViolations(user + " " + page + " (390 px)"));
                    assertThat(browser.script("return document.documentElement.scrollWidth")).as(user + page)
                            .isEqualTo(390L);
                    assertThat(overlaps()).as(user + " " + page).isEmpty();
                }
                assertThat(found).isEmpty();
                browser.open("/plan.html?id=" + plan + "&validAt=2022-08-31");
                awaitRendered();
                browser.screenshot("a11y-6-telefon-oversikt-" + user);
                phone(false);
                assertThat(browser.securityPolicyViolations()).isEmpty();
            } finally {
                browser.close();
                browser = reader;
            }
        }
    }

    /** Tab reaches the grid's one tab stop; arrows, Home/End move; Enter opens the month, Escape returns. */
    @Test
    void theMonthGridIsReachedWithTabAndWalkedWithTheArrowKeys() throws IOException {
        browser.open("/grid.html?id=" + plan + "&year=2022&comments=2022-08");
        awaitRendered();
        assertThat(browser.all("table.month-grid td.m[tabindex='0']")).hasSize(1);
        for (int tab = 0; tab < 60 && !Boolean.TRUE.equals(focused("el.matches('td.m')")); tab++) {
            keys(Keys.TAB);
        }
        assertThat(focused("el.dataset.month")).isEqualTo("2022-01");
        String firstRow = (String) focused("el.parentElement.dataset.id");
        assertThat((String) focused("el.getAttribute('aria-label')")).startsWith("januari 2022");
        // the focus shows: an outline of at least 2 px
        assertThat(focused("getComputedStyle(el).outlineStyle")).isNotEqualTo("none");
        assertThat(Double.parseDouble(String.valueOf(focused("parseFloat(getComputedStyle(el).outlineWidth)"))))
                .isGreaterThanOrEqualTo(2);

        keys(Keys.ARROW_RIGHT);
        assertThat(focused("el.dataset.month")).isEqualTo("2022-02");
        assertThat(focused("el.parentElement.dataset.id")).isEqualTo(firstRow);
        keys(Keys.ARROW_DOWN);
        assertThat(focused("el.dataset.month")).isEqualTo("2022-02");
        assertThat(focused("el.parentElement.dataset.id")).isNotEqualTo(firstRow);
        keys(Keys.ARROW_UP, Keys.END);
        assertThat(focused("el.dataset.month")).isEqualTo("2022-12");
        keys(Keys.HOME);
        assertThat(focused("el.dataset.month")).isEqualTo("2022-01");
        for (int m = 1; m < 8; m++) {
            keys(Keys.ARROW_RIGHT);
        }
        assertThat(focused("el.dataset.month")).isEqualTo("2022-08");
        // one tab stop: the cell last visited
        assertThat(browser.all("table.month-grid td.m[tabindex='0']")).hasSize(1);
        assertThat(focused("el.tabIndex")).isEqualTo(0L);
        browser.screenshot("a11y-1-manadstabell-tangentbord");

        keys(Keys.ENTER);
        browser.await(d -> !browser.all(".cell-popup").isEmpty());
        assertThat(browser.one(".cell-popup").getText()).contains("augusti 2022");
        assertThat(focused("el.matches('.cell-popup .close')")).isEqualTo(true);
        browser.screenshot("a11y-2-manadens-uppgifter-med-tangentbord");
        keys(Keys.ESCAPE);
        assertThat(browser.all(".cell-popup")).isEmpty();
        assertThat(focused("el.dataset.month")).isEqualTo("2022-08");
        assertThat(focused("el.parentElement.dataset.id")).isEqualTo(firstRow);
    }

    /** The lights: 3:1 against the page for every colour, and a symbol besides the colour. */
    @Test
    void everyTrafficLightHasThreeToOneContrastAndASymbol() {
        browser.open("/plan.html?id=" + plan + "&validAt=2022-08-31");
        awaitRendered();
        @SuppressWarnings("unchecked")
        var lights = (List<Map<String, Object>>) browser.script("return [...document.querySelectorAll('.legend .light')]"
                + ".map(l => ({cls: l.className, fill: getComputedStyle(l).backgroundColor,"
                + " symbol: getComputedStyle(l, '::after').content}))");
        assertThat(lights).hasSize(4);
        for (var light : lights) {
            double contrast = contrast(String.valueOf(light.get("fill")), "rgb(255, 255, 255)");
            assertThat(contrast).as(light.get("cls") + " against white").isGreaterThanOrEqualTo(3);
            assertThat(contrast(String.valueOf(light.get("fill")), "rgb(244, 246, 248)"))
                    .as(light.get("cls") + " against the page").isGreaterThanOrEqualTo(3);
            assertThat(String.valueOf(light.get("symbol"))).as(String.valueOf(light.get("cls")))
                    .isNotIn("none", "normal", "\"\"");
        }
    }

    /** A manager's phone: the overview, the grid, the audit trail and the auditor's form at 390 px. */
    @Test
    void atPhoneWidthNoPageOverflowsSidewaysOrOverlaps() throws IOException {
        phone(true);
        for (String page : List.of("/", "/plan.html?id=" + plan + "&validAt=2022-08-31",
                "/plan.html?id=" + charts + "&validAt=2022-08-31", "/auditor.html?id=" + plan,
                "/entity.html?kind=plans&id=" + plan, "/grid.html?id=" + plan + "&year=2022&comments=2022-08")) {
            browser.open(page);
            awaitRendered();
            assertThat(browser.script("return innerWidth")).isEqualTo(390L);
            assertThat(browser.script("return document.documentElement.scrollWidth")).as(page).isEqualTo(390L);
            assertThat(browser.script("return document.body.scrollWidth")).as(page).isEqualTo(390L);
            assertThat(overlaps()).as(page).isEmpty();
            assertThat(seriousViolations(page + " (390 px)")).isEmpty();
        }
        browser.open("/plan.html?id=" + plan + "&validAt=2022-08-31");
        awaitRendered();
        browser.screenshot("a11y-3-telefon-oversikt");
        browser.open("/plan.html?id=" + charts + "&validAt=2022-08-31");
        awaitRendered();
        browser.screenshot("a11y-4-telefon-nyckeltal");

        // the grid scrolls in its own box, its first column stays
        browser.open("/grid.html?id=" + plan + "&year=2022&comments=2022-08");
        awaitRendered();
        var wrap = browser.one(".grid-wrap");
        assertThat((Long) browser.script("return arguments[0].scrollWidth - arguments[0].clientWidth", wrap))
                .isGreaterThan(300L);
        String rowTitle = "tr.activity-row th.row-title";
        double before = left(rowTitle);
        browser.script("arguments[0].scrollLeft = 400", wrap);
        browser.await(d -> ((Number) browser.script("return arguments[0].scrollLeft", wrap)).intValue() > 0);
        // within the half pixel of its collapsed border
        assertThat(left(rowTitle)).isCloseTo(before, within(1.0));
        assertThat(left("tr.activity-row td.month-01")).isLessThan(before - 100);
        browser.screenshot("a11y-5-telefon-manadstabell");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void awaitRendered() {
        browser.await(d -> browser.all(".loading").isEmpty() && !browser.all("main").isEmpty());
    }

    private List<String> seriousViolations(String page) {
        return AxeCheck.seriousViolations(browser, page);
    }

    private Object focused(String expression) {
        return browser.script("const el = document.activeElement; return " + expression + ";");
    }

    private void keys(CharSequence... keys) {
        var actions = new Actions(browser.driver());
        Arrays.stream(keys).forEach(actions::sendKeys);
        actions.perform();
    }

    private double left(String css) {
        return ((Number) browser.script("return arguments[0].getBoundingClientRect().left", browser.one(css)))
                .doubleValue();
    }

    /** A phone's screen: 390 css pixels wide, with a phone's viewport handling. */
    private void phone(boolean on) {
        var driver = (ChromeDriver) browser.driver();
        if (on) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        } else {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * Visible siblings that cover each other (more than a pixel each way) among the page's boxes: the
     * menu's links, the toolbar's parts, the summary's counts, each goal's title and prognoses, the
     * parts of an activity or indicator row, the month grid's headers; and any of them reaching past
     * the screen's right edge outside a box that scrolls.
     */
    @SuppressWarnings("unchecked")
    private List<String> overlaps() {
        return ((List<Object>) browser.script("""
                const groups = ['.topbar nav > a', '.toolbar > *', '.summary > .count', '.goal-head > *',
                  '.prognoses > *', 'table.items > tbody > tr > td', 'form.auditor > div', '.page-head > *'];
                const found = [];
                const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                  ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '');
                const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) {
                  const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };
                for (const selector of groups) {
                  const byParent = new Map();
                  for (const e of document.querySelectorAll(selector)) {
                    const r = e.getBoundingClientRect();
                    if (!r.width || !r.height || getComputedStyle(e).visibility === 'hidden') continue;
                    if (r.right > innerWidth + 1 && !scrolls(e)) found.push(name(e) + ' reaches past the screen');
                    if (!byParent.has(e.parentElement)) byParent.set(e.parentElement, []);
                    byParent.get(e.parentElement).push([e, r]);
                  }
                  for (const list of byParent.values()) {
                    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
                      const [a, ra] = list[i]; const [b, rb] = list[j];
                      const x = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
                      const y = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
                      if (x > 1 && y > 1) found.push(name(a) + ' overlaps ' + name(b));
                    }
                  }
                }
                return found.slice(0, 20);
                """)).stream().map(Objects::toString).toList();
    }

    /** WCAG's contrast ratio of two computed colours, rgb(…) or rgba(…). */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String css) {
        var parts = css.replaceAll("[^0-9.,]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
