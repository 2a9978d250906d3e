package se.ledger.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import se.ledger.platform.test.Api;
import se.ledger.standalone.LedgerStandalone;

/**
 * The writing forms in a real headless Chromium: an admin uploads the sample plan table (dry run,
 * then import), a manager reports on the overview and the month grid, an admin plans, a reader
 * sees no form. One empty ledger and one browser; the browser's user changes between tests.
 * Screenshots of each form under target/screenshots/forms-*.png.
 */
@DirtiesContext
@SpringBootTest(classes = LedgerStandalone.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.import-sample=false", "ledger.projection.wait-millis=5000"})
@ActiveProfiles("it")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FormsInChromiumIT extends PagesInChromium {

    static final Path SAMPLE = Path.of("..", "imports", "src", "main", "resources", "imports",
            "vaggeryd-verksamhetsplan-2022-augusti.tsv");
    static final Path EXAMPLE_CSV = Path.of("..", "imports", "src", "main", "resources", "imports",
            "exempel-verksamhetsplan.csv");

    @LocalServerPort
    int port;

    private Api api;
    private final FormDialog forms = new FormDialog();

    @BeforeAll
    void startBrowser() throws IOException {
        Chromium.requireInstalled();
        api = new Api(port);
        browser = Chromium.start(port, "admin");
        forms.browser = browser;
    }

    @Test
    @Order(1)
    void anAdminUploadsTheSamplePlanTableWithADryRunThenImportsIt() throws IOException {
        signInAs("admin");
        // a broken file first: every problem with its line and column, nothing stored
        Path broken = Files.createDirectories(Path.of("target", "forms")).resolve("trasig-plan.csv");
        Files.writeString(broken, Files.readString(EXAMPLE_CSV, StandardCharsets.UTF_8)
                .replaceFirst("2022-12-31", "2022-13-45"), StandardCharsets.UTF_8);
        browser.open("/admin.html");
        var file = browser.await(d -> d.findElement(By.cssSelector("[data-form='import'] input[type='file']")));
        assertThat(browser.one("[data-form='import'] .confirm-import").isDisplayed()).as("no import before a dry run")
                .isFalse();
        file.sendKeys(broken.toAbsolutePath().toString());
        browser.one("[data-form='import'] button[type='submit']").click();
        browser.await(d -> !browser.all("[data-form='import'] .problems li").isEmpty());
        assertThat(browser.one("[data-form='import'] .problems").getText()).containsPattern("Rad \\d+, kolumn ");
        assertThat(browser.one("[data-form='import'] .confirm-import").isDisplayed()).as("a broken file").isFalse();
        browser.screenshot("forms-1a-import-provkorning-fel");

        file = browser.one("[data-form='import'] input[type='file']");
        file.sendKeys(SAMPLE.toAbsolutePath().normalize().toString());
        fill("[data-form='import'] input[name='organisation']", "Vaggeryds kommun");
        fill("[data-form='import'] input[name='year']", "2022");
        browser.one("[data-form='import'] button[type='submit']").click();
        browser.await(d -> browser.one("[data-form='import'] .import-preview").getText().contains("Det här skulle lagras"));
        assertThat(browser.one("[data-form='import'] tr[data-count='activities'] td").getText()).isEqualTo("68");
        assertThat(api.get("revisor", "/api/plans").json()).isEmpty();
        browser.screenshot("forms-1b-import-provkorning");

        browser.one("[data-form='import'] .confirm-import").click();
        browser.await(d -> !browser.all("[data-form='goal'] form").isEmpty());
        assertThat(browser.one("#admin-status").getText()).isNotBlank();
        assertThat(api.get("revisor", "/api/plans").json()).hasSize(1);
        browser.screenshot("forms-1c-import-klar");
    }

    @Test
    @Order(2)
    void aManagerReportsAStatusAndSeesTheLightChange() throws IOException {
        signInAs("chef");
        String goal = goalId("Lokalförsörjning");
        JsonNode activities = goal(goal).get("activities");
        for (JsonNode activity : activities) {
            api.post("chef", "/api/activities/" + activity.get("id").asText() + "/status",
                    "{\"status\":\"ON_TRACK\",\"effectiveDate\":\"2022-08-31\"}");
        }
        String activity = activities.get(0).get("id").asText();
        String section = "section[data-goal-id='" + goal + "']";
        browser.open("/plan.html?id=" + planId() + "&validAt=2022-08-31");
        browser.await(d -> "MET".equals(browser.one(section).getAttribute("data-prognosis")));

        forms.open("activity", activity);
        assertThat(forms.value("effectiveDate")).isEqualTo("2022-08-31");
        forms.select("status", "DEVIATING");
        forms.submit();
        var error = forms.errorOf("explanation");
        assertThat(error.getText()).contains("förklaring");
        assertThat(forms.control("explanation").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(forms.control("explanation").getAttribute("aria-describedby")).contains(error.getAttribute("id"));
        assertThat(error.getAttribute("role")).isEqualTo("alert");
        assertThat(new Select(forms.control("status")).getFirstSelectedOption().getAttribute("value")).isEqualTo("DEVIATING");
        browser.screenshot("forms-2a-status-utan-forklaring");

        forms.type("explanation", "Lokalbehoven kommer in först i september");
        forms.submit();
        forms.closed();
        browser.await(d -> "PARTLY_MET".equals(browser.one(section).getAttribute("data-prognosis")));
        assertThat(browser.one(section + " tr[data-activity-id='" + activity + "']").getAttribute("data-status"))
                .isEqualTo("DEVIATING");
        assertThat(forms.focusIsOn("activity:" + activity)).isTrue();
        browser.screenshot("forms-2b-status-gult-ljus");
    }

    @Test
    @Order(3)
    void aManagerWritesACommentAndCorrectsTheStatus() throws IOException {
        signInAs("chef");
        String goal = goalId("Lokalförsörjning");
        String activity = goal(goal).get("activities").get(0).get("id").asText();
        String row = "tr[data-activity-id='" + activity + "']";
        browser.open("/plan.html?id=" + planId() + "&validAt=2022-08-31");
        browser.await(d -> !browser.all(row + " .report-button").isEmpty());

        forms.open("activity", activity);
        forms.select("action", "comment");
        forms.type("text", "Tekniska nämnden har begärt in hyrande nämnders lokalbehov.");
        browser.screenshot("forms-3a-kommentar");
        forms.submit();
        forms.closed();
        browser.await(d -> browser.one(row).getText().contains("Tekniska nämnden har begärt in"));

        forms.open("activity", activity);
        forms.select("action", "correct");
        var entry = new Select(browser.await(d -> forms.control("event")));
        entry.getOptions().stream().filter(o -> o.getText().contains("Lokalbehoven kommer in först i september"))
                .findFirst().orElseThrow().click();
        browser.await(d -> forms.value("explanation").equals("Lokalbehoven kommer in först i september"));
        forms.type("explanation", "Behoven kommer in 30 september");
        forms.submit();
        assertThat(forms.errorOf("reason").getText()).isNotBlank();
        browser.screenshot("forms-3b-rattelse-utan-skal");
        forms.type("reason", "Fel förklaring angavs");
        forms.submit();
        forms.closed();
        browser.await(d -> browser.one(row).getText().contains("Avvikelse: Behoven kommer in 30 september"));
        JsonNode events = api.get("revisor", "/api/activities/" + activity + "/events").json();
        assertThat(events.findValuesAsText("correctionReason")).contains("Fel förklaring angavs");
    }

    @Test
    @Order(4)
    void aManagerSetsTheMonthMarkOnTheGridAndStatesAPrognosis() throws IOException {
        signInAs("chef");
        String goal = goalId("Lokalförsörjning");
        String activity = goal(goal).get("activities").get(1).get("id").asText();
        browser.open("/grid.html?id=" + planId() + "&year=2022");
        String row = "tr[data-id='" + activity + "']";
        browser.await(d -> !browser.all(row + " .report-button").isEmpty());
        forms.open("activity", activity);
        forms.select("action", "mark");
        forms.type("month", "2022-09");
        forms.select("mark", "RISING");
        browser.screenshot("forms-4a-manadsmarkering");
        forms.submit();
        forms.closed();
        browser.await(d -> "RISING".equals(browser.one(row + " td[data-month='2022-09']").getAttribute("data-mark")));
        assertThat(browser.one("#form-saved").getText()).startsWith("Sparat: månadsmarkering");

        forms.open("goal", goal);
        forms.select("action", "comment");
        assertThat(forms.value("effectiveDate")).isEqualTo("2022-08-31");
        forms.type("text", "Lokalgruppen har samlat in behoven från alla nämnder.");
        browser.screenshot("forms-4b-uppfoljningstext");
        forms.submit();
        forms.closed();
        browser.await(d -> browser.one("tr[data-id='" + goal + "'] td.comments-cell").getText()
                .contains("Lokalgruppen har samlat in behoven"));

        forms.open("goal", goal);
        forms.select("action", "prognosis");
        forms.select("prognosis", "PARTLY_MET");
        forms.type("motivation", "Planen blir klar först 2023");
        browser.screenshot("forms-4c-prognos");
        forms.submit();
        forms.closed();
        browser.await(d -> "PARTLY_MET".equals(goal(goal).get("statedPrognosis").asText()) ? true : null);
    }

    @Test
    @Order(5)
    void anAdminCreatesAPlanAndAGoalThatContributesAndIssuesAReport() throws IOException {
        signInAs("admin");
        String target = goalId("Från förskola till jobb");
        browser.open("/admin.html");
        browser.await(d -> !browser.all("[data-form='plan'] form").isEmpty());
        fill("[data-form='plan'] input[name='title']", "Verksamhetsplan 2022 barn- och utbildningsnämnden");
        fill("[data-form='plan'] input[name='periodStart']", "2022-01-01");
        fill("[data-form='plan'] input[name='periodEnd']", "2022-12-31");
        new Select(browser.one("[data-form='plan'] select[name='level']")).selectByValue("BOARD");
        browser.screenshot("forms-5a-ny-plan");
        browser.one("[data-form='plan'] button[type='submit']").click();
        browser.await(d -> !browser.all("[data-form='goal'] form").isEmpty());
        String plan = browser.await(d -> d.getCurrentUrl().contains("id=") ? d.getCurrentUrl().replaceFirst(".*[?&]id=", "") : null);

        fill("[data-form='goal'] input[name='title']", "Alla elever når kunskapskraven");
        fill("[data-form='goal'] input[name='area']", "Från förskola till jobb");
        fill("[data-form='goal'] input[name='sdgs']", "4, 10x");
        browser.one("[data-form='goal'] button[type='submit']").click();
        browser.await(d -> !browser.one("[data-form='goal'] .form-problem").getText().isBlank()
                || !browser.all("[data-form='goal'] .field-error:not([hidden])").isEmpty());
        fill("[data-form='goal'] input[name='sdgs']", "4, 10");
        new Select(browser.one("[data-form='goal'] select[name='contributesTo']")).selectByValue(target);
        browser.screenshot("forms-5b-nytt-mal-med-bidrag");
        browser.one("[data-form='goal'] button[type='submit']").click();
        browser.await(d -> browser.one("#admin-status").getText().contains("Målet är sparat"));
        JsonNode created = api.get("revisor", "/api/plans/" + plan).json().get("goals").get(0);
        assertThat(created.get("title").asText()).isEqualTo("Alla elever når kunskapskraven");
        assertThat(created.get("contributesTo").findValuesAsText("goalId")).containsExactly(target);
        assertThat(created.get("sdgs").toString()).isEqualTo("[4,10]");

        browser.await(d -> !browser.all("[data-form='report'] form").isEmpty());
        fill("[data-form='report'] input[name='reportDate']", "2022-08-31");
        browser.screenshot("forms-5c-rapport");
        browser.one("[data-form='report'] button[type='submit']").click();
        browser.await(d -> browser.one("#admin-status").getText().contains("Rapporten är utfärdad"));
        assertThat(browser.one("#admin-status a").getAttribute("href")).contains("report.pdf?report=");
        assertThat(api.get("revisor", "/api/plans/" + plan + "/reports").json()).hasSize(1);
    }

    @Test
    @Order(6)
    void anAdminRecordsADecisionRevisesAGoalWithItAndAddsAnIndicator() throws IOException {
        signInAs("admin");
        String goal = goalId("Lokalförsörjning");
        browser.open("/admin.html?id=" + planId());
        browser.await(d -> !browser.all("[data-form='decision'] form").isEmpty());
        fill("[data-form='decision'] input[name='body']", "KS");
        fill("[data-form='decision'] input[name='date']", "2022-09-26");
        fill("[data-form='decision'] input[name='paragraph']", "91");
        fill("[data-form='decision'] input[name='subject']", "Delårsrapport augusti");
        browser.screenshot("forms-6a-beslut");
        browser.one("[data-form='decision'] button[type='submit']").click();
        browser.await(d -> browser.one("#admin-status").getText().contains("Beslutet är registrerat"));

        browser.await(d -> new Select(browser.one("[data-form='goal-revision'] select[name='decision']")).getOptions().size() > 1);
        new Select(browser.one("[data-form='goal-revision'] select[name='goal']")).selectByValue(goal);
        fill("[data-form='goal-revision'] textarea[name='ambition']", "En samlad lokalförsörjningsplan antas 2023");
        new Select(browser.one("[data-form='goal-revision'] select[name='decision']")).selectByIndex(1);
        browser.one("[data-form='goal-revision'] button[type='submit']").click();
        String invalid = browser.await(d -> browser.one("[data-form='goal-revision'] textarea[name='reason']")
                .getAttribute("aria-invalid"));
        assertThat(invalid).isEqualTo("true");
        fill("[data-form='goal-revision'] textarea[name='reason']", "Lokalbehoven kommer in först i september");
        browser.screenshot("forms-6b-revidera-mal-med-beslut");
        browser.one("[data-form='goal-revision'] button[type='submit']").click();
        browser.await(d -> browser.one("#admin-status").getText().contains("Revideringen är sparad"));
        assertThat(api.get("revisor", "/api/plans/" + planId()).json().findValues("ambition").toString())
                .contains("En samlad lokalförsörjningsplan antas 2023");

        browser.await(d -> !browser.all("[data-form='indicator'] form").isEmpty());
        new Select(browser.one("[data-form='indicator'] select[name='goal']")).selectByValue(goal);
        fill("[data-form='indicator'] input[name='id']", "lokal-yta");
        fill("[data-form='indicator'] input[name='name']", "Lokalyta per invånare");
        fill("[data-form='indicator'] input[name='unit']", "kvm");
        fill("[data-form='indicator'] input[name='baselineValue']", "4,2");
        fill("[data-form='indicator'] input[name='baselineDate']", "2021-12-31");
        new Select(browser.one("[data-form='indicator'] select[name='targetKind']")).selectByValue("direction");
        new Select(browser.one("[data-form='indicator'] select[name='targetDirection']")).selectByValue("DECREASE");
        fill("[data-form='indicator'] input[name='source']", "Kolada");
        browser.screenshot("forms-6c-nytt-nyckeltal");
        browser.one("[data-form='indicator'] button[type='submit']").click();
        browser.await(d -> browser.one("#admin-status").getText().contains("Nyckeltalet är sparat"));

        browser.await(d -> !browser.all("[data-form='activity'] form").isEmpty());
        new Select(browser.one("[data-form='activity'] select[name='goalIds']")).selectByValue(goal);
        fill("[data-form='activity'] input[name='title']", "Inventera kommunens lokaler");
        fill("[data-form='activity'] input[name='person']", "Magnus Ljungggren");
        fill("[data-form='activity'] input[name='unit']", "Lokalgruppen");
        fill("[data-form='activity'] input[name='start']", "2022-09-01");
        fill("[data-form='activity'] input[name='end']", "2022-06-30");
        browser.one("[data-form='activity'] button[type='submit']").click();
        var endError = browser.await(d -> {
            var error = browser.one("#" + browser.one("[data-form='activity'] input[name='end']").getAttribute("id") + "-error");
            return error.isDisplayed() ? error : null;
        });
        assertThat(endError.getText()).isNotBlank();
        browser.screenshot("forms-6d-ny-aktivitet-slut-fore-start");
        fill("[data-form='activity'] input[name='end']", "2022-12-31");
        browser.one("[data-form='activity'] button[type='submit']").click();
        browser.await(d -> browser.one("#admin-status").getText().contains("Aktiviteten är sparad"));
        assertThat(goal(goal).get("activities").findValuesAsText("title")).contains("Inventera kommunens lokaler");
    }

    @Test
    @Order(7)
    void aManagerRecordsAValueAndNoNewDataOnAPhone() throws IOException {
        signInAs("chef");
        String row = "tr[data-indicator-id='lokal-yta']";
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            browser.open("/plan.html?id=" + planId() + "&validAt=2022-08-31");
            forms.open("indicator", "lokal-yta");
            forms.select("what", "value");
            forms.type("value", "4,1");
            forms.type("effectiveDate", "2022-07-31");
            forms.type("comment", "Enligt Kolada");
            forms.screenshotWindow("forms-7a-utfall-pa-telefon");
            assertThat(browser.one("dialog.ledger-dialog[open]").getSize().getWidth()).isLessThanOrEqualTo(390);
            forms.submit();
            forms.closed();
            browser.await(d -> browser.one(row).getText().contains("4,1"));
            assertThat(browser.one(row).getText()).contains("2022-07-31");

            forms.open("indicator", "lokal-yta");
            forms.select("what", "noNewData");
            forms.submit();
            forms.closed();
            browser.await(d -> browser.one(row).getText().contains("Inga nya data"));
            browser.screenshot("forms-7b-inga-nya-data-pa-telefon");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1400, 1200));
        }
    }

    @Test
    @Order(8)
    void aReaderSeesNoForm() throws IOException {
        // the roles come from GET /api/me (the sign-in's endpoint); without it the forms show for everyone
        Assumptions.assumeTrue(api.get("revisor", "/api/me").status() == 200, "GET /api/me is not there yet");
        signInAs("revisor");
        browser.open("/plan.html?id=" + planId());
        browser.await(d -> browser.one("#content").getAttribute("data-forms") != null);
        assertThat(browser.one("#content").getAttribute("data-forms")).isEqualTo("none");
        assertThat(browser.all(".report-button")).isEmpty();
        assertThat(browser.all(".admin-link")).isEmpty();
        browser.open("/grid.html?id=" + planId() + "&year=2022");
        browser.await(d -> browser.one("#content").getAttribute("data-forms") != null);
        assertThat(browser.all(".report-button")).isEmpty();
        browser.open("/admin.html");
        browser.await(d -> browser.one("#content").getText().contains("din roll får inte planera"));
        assertThat(browser.all("form.ledger-form")).isEmpty();
        browser.screenshot("forms-6-lasare-utan-formular");
    }

    @Test
    @Order(9)
    void aManagerSignedInOnTheLoginPageReportsThroughTheFormsWithTheSessionsCsrfToken() throws IOException {
        // no Basic header here: a session cookie, so every write must carry the XSRF token the forms send
        try (var person = Chromium.startSignedOut(port)) {
            person.open("/login");
            person.one("#username").sendKeys("chef");
            person.one("#password").sendKeys("chef");
            person.one("form.signin-form button").click();
            person.await(d -> d.findElement(By.cssSelector("header.topbar .signed-in")));
            var dialog = new FormDialog();
            dialog.browser = person;

            String goal = goalId("Mötesplatser");
            String activity = goal(goal).get("activities").get(0).get("id").asText();
            String row = "tr[data-activity-id='" + activity + "']";
            person.open("/plan.html?id=" + planId() + "&validAt=2022-08-31");
            person.await(d -> !person.all(row).isEmpty());
            dialog.open("activity", activity);
            dialog.select("status", "DEVIATING");
            dialog.submit();
            assertThat(dialog.errorOf("explanation").getText()).contains("förklaring");
            dialog.type("explanation", "Föreningarna har inte svarat");
            dialog.submit();
            dialog.closed();
            person.await(d -> "DEVIATING".equals(person.one(row).getAttribute("data-status")));
            assertThat(person.securityPolicyViolations()).isEmpty();
        }
        var trail = api.get("revisor", "/api/activities/" + goal(goalId("Mötesplatser")).get("activities").get(0)
                .get("id").asText() + "/events").json();
        assertThat(trail.get(trail.size() - 1).get("actor").asText()).isEqualTo("chef");
        assertThat(trail.get(trail.size() - 1).path("data").path("explanation").asText())
                .isEqualTo("Föreningarna har inte svarat");
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** The browser's user for the next page: every request carries that user's HTTP Basic header. */
    private void signInAs(String user) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        ((ChromeDriver) browser.driver()).executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization", "Basic " + basic)));
    }

    private void fill(String css, String text) {
        WebElement input = browser.one(css);
        input.clear();
        input.sendKeys(text);
    }

    private String planId() {
        return api.get("revisor", "/api/plans").json().findValuesAsText("id").stream()
                .filter(id -> id.startsWith("vaggeryds-kommun")).findFirst().orElseThrow();
    }

    private JsonNode plan() {
        return api.get("revisor", "/api/plans/" + planId() + "?validAt=2022-08-31").json();
    }

    private String goalId(String title) {
        for (JsonNode goal : plan().get("goals")) {
            if (goal.get("title").asText().equals(title)) {
                return goal.get("id").asText();
            }
        }
        throw new AssertionError("No goal " + title);
    }

    private JsonNode goal(String id) {
        for (JsonNode goal : plan().get("goals")) {
            if (goal.get("id").asText().equals(id)) {
                return goal;
            }
        }
        throw new AssertionError("No goal " + id);
    }
}
