package se.ledger.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.ledger.platform.test.Api;
import se.ledger.standalone.KoladaStub;
import se.ledger.standalone.LedgerStandalone;

/**
 * Kolada from the admin page in a real headless Chromium, against the same local stub as
 * KoladaImportIT: an admin connects indicators through the forms (a bad municipality code is shown at
 * its field), fetches the plan's values with one button and sees them on the overview with their
 * source; an unreachable Kolada is an error and stores nothing. axe-core checks each of these states.
 * Screenshots target/screenshots/kolada-*.png.
 */
@DirtiesContext
@SpringBootTest(classes = LedgerStandalone.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.import-sample=false", "ledger.projection.wait-millis=5000"})
@ActiveProfiles("it")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KoladaAdminInChromiumIT extends PagesInChromium {

    private static final KoladaStub KOLADA = new KoladaStub();
    private static final String PLAN = "kolada-admin";
    private static final String FETCHED = PLAN + "-bygglov";
    private static final String LATER = PLAN + "-sen";
    private static final String FORM = "[data-form='indicator'] ";
    private static final String PANEL = "[data-form='kolada'] ";

    @DynamicPropertySource
    static void kolada(DynamicPropertyRegistry properties) {
        properties.add("ledger.kolada.base-url", KOLADA::baseUrl);
        // the slow answer below must stay inside it
        properties.add("ledger.kolada.read-timeout", () -> "PT8S");
    }

    @LocalServerPort
    int port;

    private Api api;

    @BeforeAll
    void startBrowserOnAPlanWithAGoal() throws IOException {
        Chromium.requireInstalled();
        api = new Api(port);
        var ledger = new SampleLedger(port);
        ledger.write("admin", "/api/plans", "{'id':'" + PLAN + "','organisation':'Vaggeryds kommun',"
                + "'title':'Verksamhetsplan 2022','periodStart':'2022-01-01','periodEnd':'2022-12-31'}");
        ledger.write("admin", "/api/plans/" + PLAN + "/goals", "{'id':'" + PLAN + "-g','title':'Bostäder'}");
        ledger.write("admin", "/api/plans/" + PLAN + "/decisions", "{'id':'ks-2022-31','body':'KS',"
                + "'date':'2022-03-14','paragraph':'31','subject':'Nyckeltal ur Kolada'}");
        ledger.write("admin", "/api/goals/" + PLAN + "-g/indicators", "{'id':'" + LATER + "','name':'Handräknat',"
                + "'unit':'st','target':{'direction':'INCREASE'}}");
        ledger.read("/api/plans/" + PLAN);
        browser = Chromium.start(port, "admin");
    }

    @AfterAll
    void stopKolada() {
        KOLADA.stop();
    }

    @Test
    @Order(1)
    void anAdminDefinesAnIndicatorWithKoladaIdsAndABadMunicipalityCodeIsShownAtItsField() throws IOException {
        openAdminPage();
        new Select(browser.one(FORM + "select[name='goal']")).selectByValue(PLAN + "-g");
        fill(FORM + "input[name='id']", FETCHED);
        fill(FORM + "input[name='name']", "Bygglov");
        fill(FORM + "input[name='unit']", "st");
        new Select(browser.one(FORM + "select[name='targetKind']")).selectByValue("direction");
        new Select(browser.one(FORM + "select[name='targetDirection']")).selectByValue("INCREASE");
        fill(FORM + "input[name='source']", "Kolada");
        fill(FORM + "input[name='koladaKpi']", "N00945");
        fill(FORM + "input[name='koladaMunicipality']", "665");
        browser.one(FORM + "button[type='submit']").click();

        WebElement municipality = browser.one(FORM + "input[name='koladaMunicipality']");
        WebElement error = browser.await(d -> {
            var box = browser.one("#" + municipality.getAttribute("id") + "-error");
            return box.isDisplayed() && !box.getText().isBlank() ? box : null;
        });
        assertThat(error.getText()).contains("fyra siffror");
        assertThat(municipality.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(municipality.getAttribute("aria-describedby")).contains(error.getAttribute("id"));
        assertThat(browser.one(FORM + "input[name='koladaKpi']").getAttribute("aria-invalid")).isNull();
        assertThat(api.get("revisor", "/api/plans/" + PLAN).json().findValuesAsText("id")).doesNotContain(FETCHED);
        assertThat(AxeCheck.seriousViolations(browser, "Kolada: fel kommunkod")).isEmpty();
        browser.screenshot("kolada-1-fel-kommunkod");

        fill(FORM + "input[name='koladaMunicipality']", "0665");
        browser.one(FORM + "button[type='submit']").click();
        browser.await(d -> browser.one("#admin-status").getText().contains("Nyckeltalet är sparat"));
        assertThat(browser.one(PANEL + ".kolada-connected").getText()).contains("Bygglov (N00945, kommun 0665)");
    }

    @Test
    @Order(2)
    void theButtonFetchesTheValuesWhichTheOverviewShowsWithTheirSource() throws IOException {
        KOLADA.answer("0665", "n00945-0665.json");
        openAdminPage();
        browser.one(PANEL + "button.kolada-import").click();
        browser.await(d -> browser.one(PANEL + ".kolada-message").getText().startsWith("Från Kolada: 1 nya värden"));
        assertThat(browser.one(PANEL + ".kolada-message").getAttribute("role")).isEqualTo("status");
        String row = PANEL + "tr[data-indicator-id='" + FETCHED + "'] ";
        assertThat(browser.one(row + "th").getText()).isEqualTo("Bygglov");
        assertThat(browser.one(row + "td[data-count='recorded']").getText()).isEqualTo("1");
        assertThat(browser.one(PANEL + "button.kolada-import").isEnabled()).isTrue();
        assertThat(browser.all(PANEL + ".kolada-problem:not([hidden])")).isEmpty();
        assertThat(AxeCheck.seriousViolations(browser, "Kolada: hämtat")).isEmpty();
        browser.screenshot("kolada-2-hamtat");

        browser.open("/plan.html?id=" + PLAN + "&validAt=2022-12-31");
        String value = "tr[data-indicator-id='" + FETCHED + "'] td.when";
        browser.await(d -> !browser.all(value).isEmpty());
        assertThat(browser.one(value).getText()).contains("12,1 st (2022-12-31)", "Källa: Kolada");
    }

    @Test
    @Order(3)
    void theButtonWaitsWhileKoladaAnswersAndNothingNewIsSaidSo() {
        KOLADA.answer("0665", KoladaStub.json("n00945-0665.json").withFixedDelay(2_000));
        openAdminPage();
        browser.one(PANEL + "button.kolada-import").click();
        browser.await(d -> !browser.one(PANEL + "button.kolada-import").isEnabled());
        browser.await(d -> browser.one(PANEL + ".kolada-message").getText().startsWith("Inget nytt i Kolada"));
        assertThat(browser.one(PANEL + "button.kolada-import").isEnabled()).isTrue();
        assertThat(browser.one(PANEL + "tr[data-indicator-id='" + FETCHED + "'] td[data-count='unchanged']").getText())
                .isEqualTo("1");
    }

    @Test
    @Order(4)
    void anUnreachableKoladaIsAnErrorAndNothingIsStored() throws IOException {
        int before = events(FETCHED);
        openAdminPage();
        KOLADA.stop();
        try {
            browser.one(PANEL + "button.kolada-import").click();
            WebElement problem = browser.await(d -> {
                var box = browser.one(PANEL + ".kolada-problem");
                return box.isDisplayed() && !box.getText().isBlank() ? box : null;
            });
            assertThat(problem.getAttribute("role")).isEqualTo("alert");
            assertThat(problem.getText()).contains(FETCHED, "kunde inte nås", "Inget från Kolada har lagrats");
            assertThat(browser.one(PANEL + ".kolada-message").getText()).isBlank();
            assertThat(browser.all(PANEL + ".kolada-result table")).isEmpty();
            assertThat(AxeCheck.seriousViolations(browser, "Kolada: nere")).isEmpty();
            browser.screenshot("kolada-3-kolada-nere");
        } finally {
            KOLADA.start();
        }
        assertThat(events(FETCHED)).isEqualTo(before);
    }

    @Test
    @Order(5)
    void anExistingIndicatorIsConnectedByARevisionWithItsDecision() throws IOException {
        String form = "[data-form='indicator-revision'] ";
        openAdminPage();
        new Select(browser.one(form + "select[name='indicator']")).selectByValue(LATER);
        fill(form + "input[name='koladaKpi']", "n00945");
        fill(form + "input[name='koladaMunicipality']", "0665");
        new Select(browser.one(form + "select[name='decision']")).selectByIndex(1);
        fill(form + "textarea[name='reason']", "Utfallet hämtas ur Kolada");
        browser.screenshot("kolada-4-koppla-med-beslut");
        browser.one(form + "button[type='submit']").click();
        browser.await(d -> browser.one("#admin-status").getText().contains("Nyckeltalet är reviderat"));
        browser.await(d -> browser.one(PANEL + ".kolada-connected").getText().contains("Handräknat (N00945, kommun 0665)"));
        assertThat(api.get("revisor", "/api/indicators/" + LATER + "/events").json().toString())
                .contains("N00945", "Utfallet hämtas ur Kolada");
    }

    private void openAdminPage() {
        browser.open("/admin.html?id=" + PLAN);
        browser.await(d -> !browser.all(PANEL + "button.kolada-import").isEmpty());
    }

    private void fill(String css, String text) {
        WebElement input = browser.one(css);
        input.clear();
        input.sendKeys(text);
    }

    private int events(String indicator) {
        return api.get("revisor", "/api/indicators/" + indicator + "/events").json().size();
    }
}
