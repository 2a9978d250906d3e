package se.ledger.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import se.ledger.command.EventPositions;
import se.ledger.events.IndicatorId;
import se.ledger.events.KoladaRef;
import se.ledger.events.MeasurementSource;
import se.ledger.indicator.command.RecordMeasurement;
import se.ledger.platform.test.Api;
import se.ledger.standalone.DocumentFixture;
import se.ledger.standalone.LedgerStandalone;

/**
 * The pages in a real headless Chromium against the running standalone ledger, started on an
 * empty data directory so it imports the Vaggeryd sample plan. One Spring context and one
 * browser for all tests; each test saves screenshots under target/screenshots/.
 */
// a context of its own: closed right after this class, not left for the JVM's exit
@DirtiesContext
@SpringBootTest(classes = LedgerStandalone.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.import-sample=true", "ledger.projection.wait-millis=5000"})
@ActiveProfiles("it")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LedgerPagesInChromiumIT extends PagesInChromium {

    /** The 13 development areas of vaggeryd-verksamhetsplan-2022-augusti.tsv, in order. */
    static final List<String> AREAS = List.of("Hållbar samhällsutveckling", "Lokalförsörjning", "Mötesplatser",
            "Kontinuitetsplanering", "Från förskola till jobb", "Företagande", "Jämlik folkhälsa",
            "Kultur och fritid för alla", "Vaggeryd som varumärke", "Effektivare beslut",
            "Systematiskt arbetsmiljöarbete", "Ledarutveckling", "Investeringar och exploateringar");

    private static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    EventPositions positions;

    private Api api;
    private String plan;
    private long lastPosition;

    @BeforeAll
    void startBrowserOnTheSamplePlan() throws Exception {
        Chromium.requireInstalled();
        api = new Api(port);
        plan = samplePlan();
        browser = Chromium.start(port, "revisor");
    }

    @Test
    @Order(1)
    void theOverviewOfTheImportedSamplePlanShowsEveryArea() throws IOException {
        browser.open("/");
        var planLink = browser.await(d -> d.findElement(By.cssSelector("tr[data-plan-id='" + plan + "'] a.plan-link")));
        assertThat(planLink.getText()).isEqualTo("Verksamhetsplan 2022");
        assertThat(browser.one("table.plans").getText()).contains("Vaggeryds kommun", "2022-01-01 – 2022-12-31",
                "Översikt", "Månadstabell", "Granskning");
        browser.screenshot("0-startsida");

        planLink.click();
        browser.await(d -> browser.all("section.goal.level-0").size() == AREAS.size());
        var titles = browser.all("section.goal.level-0 .goal-name").stream().map(WebElement::getText).toList();
        assertThat(titles).containsExactlyElementsOf(AREAS);
        for (WebElement goal : browser.all("section.goal.level-0")) {
            var light = goal.findElement(By.cssSelector(".prognosis.computed .light"));
            assertThat(light.isDisplayed()).isTrue();
            assertThat(light.getAttribute("data-prognosis")).isIn("MET", "PARTLY_MET", "NOT_MET", "NOT_ASSESSABLE");
            assertThat(light.getSize().getWidth()).isGreaterThanOrEqualTo(16);
            assertThat(goal.findElement(By.cssSelector(".prognosis.stated")).getText()).containsIgnoringCase("Angiven prognos");
            assertThat(goal.findElements(By.cssSelector("table.activities tbody tr"))).isNotEmpty();
        }
        assertThat(browser.one("h1").getText()).isEqualTo("Verksamhetsplan 2022");
        assertThat(browser.one("#plan-subtitle").getText()).contains("Vaggeryds kommun");
        assertThat(browser.one("main").getText()).contains("Beräknad prognos", "Ej påbörjad", "Uppdateras automatiskt");
        browser.screenshot("1-oversikt-vaggeryd");
    }

    @Test
    @Order(2)
    void aDeviatingStatusTurnsTheLightYellowByItselfAndAfterReload() throws IOException {
        String goal = goalId("Lokalförsörjning");
        List<String> activities = activityIds(goal);
        for (String activity : activities) {
            write("chef", "/api/activities/" + activity + "/status", "{'status':'ON_TRACK','effectiveDate':'2022-08-31'}");
        }
        read("/api/plans/" + plan);
        browser.open("/plan.html?id=" + plan);
        String section = "section[data-goal-id='" + goal + "']";
        browser.await(d -> "MET".equals(browser.one(section).getAttribute("data-prognosis")));
        assertThat(browser.one(section + " .prognosis.computed").getText()).contains("Uppfylls");
        assertThat(browser.one(section + " .prognosis.computed .light").getCssValue("background-color"))
                .isEqualTo("rgba(46, 125, 50, 1)");
        browser.screenshot("2a-gront-innan-avvikelse");

        write("chef", "/api/activities/" + activities.get(0) + "/status",
                "{'status':'DEVIATING','explanation':'Lokalbehoven kommer in först i september',"
                        + "'effectiveDate':'2022-08-31'}");
        // no reload: the overview asks again every few seconds and re-renders what changed
        browser.await(Duration.ofSeconds(15),
                d -> "PARTLY_MET".equals(browser.one(section).getAttribute("data-prognosis")));
        assertLightIsYellow(section, activities.get(0));
        assertThat(browser.one("#status-line").getText()).contains("senast ändrad");
        browser.screenshot("2b-gult-utan-omladdning");

        browser.reload();
        browser.await(d -> "PARTLY_MET".equals(browser.one(section).getAttribute("data-prognosis")));
        assertLightIsYellow(section, activities.get(0));
        browser.screenshot("2c-gult-efter-omladdning");
    }

    private void assertLightIsYellow(String section, String activity) {
        assertThat(browser.one(section + " .prognosis.computed").getText()).contains("Uppfylls delvis");
        assertThat(browser.one(section + " .prognosis.computed .light").getCssValue("background-color"))
                .isEqualTo("rgba(176, 125, 0, 1)");
        var row = browser.one(section + " tr[data-activity-id='" + activity + "']");
        assertThat(row.findElement(By.cssSelector("td.status")).getText()).isEqualTo("Pågående med avvikelse");
        assertThat(row.getText()).contains("Avvikelse: Lokalbehoven kommer in först i september");
        assertThat(browser.one(section + " details.reasons").getAttribute("textContent")).contains("Risk");
    }

    @Test
    @Order(3)
    void theAuditorViewBeforeACorrectionShowsTheOldStatus() throws IOException {
        String goal = goalId("Mötesplatser");
        String activity = activityIds(goal).get(0);
        var mistake = write("chef", "/api/activities/" + activity + "/status",
                "{'status':'COMPLETED','effectiveDate':'2022-08-31'}");
        write("admin", "/api/plans/" + plan + "/decisions",
                "{'id':'ks-2022-91','body':'KS','date':'2022-09-26','paragraph':'91','subject':'Delårsrapport augusti'}");
        write("chef", "/api/activities/" + activity + "/status", "{'status':'ON_TRACK','effectiveDate':'2022-08-31',"
                + "'corrects':'" + mistake.get("eventId").asText() + "','reason':'Aktiviteten är inte avslutad'}");
        read("/api/plans/" + plan);

        browser.open("/auditor.html?id=" + plan);
        var choice = new Select(browser.await(d -> d.findElement(By.id("as-of-choice"))));
        browser.await(d -> choice.getOptions().size() > 2);
        choice.getOptions().stream().filter(o -> o.getText().startsWith("KS 2022-09-26 § 91")).findFirst()
                .orElseThrow().click();
        assertThat(browser.one("#valid-at").getAttribute("value")).isEqualTo("2022-09-26");
        browser.one("#show").click();

        String row = "tr[data-activity-id='" + activity + "']";
        browser.await(d -> !browser.all("#as-known").isEmpty() && !browser.all(row).isEmpty());
        assertThat(browser.driver().getCurrentUrl()).contains("asOf=").contains("validAt=2022-09-26");
        assertThat(browser.one("#as-known").getText()).contains("kände den KS 2022-09-26 § 91", "giltig per 2022-09-26");
        assertThat(browser.one(row + " td.status").getText()).isEqualTo("Avslutad enligt plan");
        browser.screenshot("3a-granskning-vid-beslutet");

        browser.one("#compare-now").click();
        browser.await(d -> !browser.all("#changes").isEmpty());
        assertThat(browser.one(row + " td.status").getText()).isEqualTo("Pågående enligt plan");
        var change = browser.one("#changes tr[data-change-id='" + activity + "'][data-field='status']");
        assertThat(change.findElement(By.cssSelector("td.before")).getText()).isEqualTo("Avslutad enligt plan");
        assertThat(change.findElement(By.cssSelector("td.after")).getText()).isEqualTo("Pågående enligt plan");
        assertThat(browser.one(row).getAttribute("class")).contains("changed");
        browser.screenshot("3b-granskning-andringar-sedan-beslutet");

        browser.one(row + " td a").click();
        browser.await(d -> !browser.all("table.trail tbody tr").isEmpty());
        var corrected = browser.one("tr[data-event-id='" + mistake.get("eventId").asText() + "']");
        assertThat(corrected.getAttribute("class")).contains("corrected");
        // the event's and its fields' words from /api/labels
        assertThat(corrected.getText()).contains("Status rapporterad", "Avslutad enligt plan", "Rättad av händelse");
        assertThat(corrected.findElement(By.cssSelector("dl.data dt")).getText()).isEqualTo("Status");
        var correcting = browser.one("tr.correcting");
        assertThat(correcting.getText()).contains("Pågående enligt plan", "Rättar händelse",
                "eftersom: Aktiviteten är inte avslutad", "chef", "2022-08-31");
        assertThat(browser.one("h1").getText()).startsWith("Aktivitet: ");
        browser.screenshot("3c-handelser-med-rattelse");
    }

    @Test
    @Order(4)
    void theMonthGridShowsJulyBlank() throws IOException {
        String goal = goalId("Hållbar samhällsutveckling");
        browser.open("/grid.html?id=" + plan + "&year=2022");
        String row = "tr[data-id='" + goal + "']";
        browser.await(d -> !browser.all(row).isEmpty());
        assertThat(browser.all("table.month-grid thead th").stream().map(WebElement::getText).toList())
                .containsSubsequence("Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec");
        var july = browser.one(row + " td[data-month='2022-07']");
        assertThat(july.getText()).isEmpty();
        assertThat(july.getAttribute("class")).contains("blank");
        assertThat(july.getCssValue("background-color")).isEqualTo("rgba(255, 255, 255, 1)");
        for (String month : new String[] {"01", "02", "03", "04", "05", "06", "08"}) {
            assertThat(browser.one(row + " td[data-month='2022-" + month + "']").getText()).as(month).isEqualTo("⇒");
        }
        assertThat(browser.one(row + " td.comments-cell").getText()).contains("Samrådstiden för ÖP");
        assertThat(browser.one("table.month-grid thead").getText()).contains("Kommentar augusti 2022");
        // the mark cells line up with their month headers
        var headers = browser.all("table.month-grid thead th");
        var cells = browser.all(row + " td.m");
        assertThat(cells).hasSize(12);
        for (int m = 0; m < 12; m++) {
            assertThat(cells.get(m).getLocation().getX()).isEqualTo(headers.get(m + 1).getLocation().getX());
        }
        browser.one(row + " td[data-month='2022-08']").click();
        assertThat(browser.one(".cell-popup").getText()).contains("augusti 2022", "Pågår enligt plan", "Kommentarer");
        browser.screenshot("4-manadstabell-juli-tom");
    }

    @Test
    @Order(5)
    void aWallMountedDashboardOpensTheOverviewWithCredentialsInItsAddress() throws IOException {
        // 127.0.0.1 is not answered by the browser's registered login: the address alone authenticates
        browser.driver().get("http://dashboard:dashboard@127.0.0.1:" + port + "/plan.html?id=" + plan + "&compact=1");
        // the compact view is the wall screen: a tile per målområde (here a top goal each), no activity tables
        browser.await(d -> browser.all("section.wall-tile").size() == AREAS.size());
        assertThat(browser.one("#status-line").getText()).contains("Uppdateras automatiskt");
        assertThat(browser.all("table.activities")).isEmpty();
        browser.screenshot("5-vaggskarm-med-inloggning-i-adressen");
    }

    @Test
    @Order(6)
    void theOverviewAndTheMonthGridPrintAsAReport() throws IOException {
        browser.open("/plan.html?id=" + plan + "&validAt=2022-08-31");
        browser.await(d -> browser.all("section.goal.level-0").size() == AREAS.size());
        emulatePrint(true);
        try {
            browser.await(d -> Boolean.TRUE.equals(browser.script("return matchMedia('print').matches")));
            assertThat(display("header.topbar")).isEqualTo("none");
            assertThat(display("#toolbar")).isEqualTo("none");
            assertThat(display("#report-title")).isEqualTo("block");
            assertThat(browser.one("#report-title").getText()).contains("Vaggeryds kommun",
                    "prognos för måluppfyllelse per 2022-08-31");
            browser.screenshot("6a-utskrift-oversikt");
            browser.open("/grid.html?id=" + plan + "&year=2022");
            browser.await(d -> !browser.all("table.month-grid tbody tr").isEmpty());
            emulatePrint(true);
            browser.await(d -> Boolean.TRUE.equals(browser.script("return matchMedia('print').matches")));
            assertThat(display("header.topbar")).isEqualTo("none");
            assertThat(browser.one("#report-title").getText()).contains("månadsuppföljning 2022");
            browser.screenshot("6b-utskrift-manadstabell");
        } finally {
            emulatePrint(false);
        }
    }

    @Test
    @Order(7)
    void aScriptOrStyleInjectedIntoAPageIsRefused() {
        browser.open("/plan.html?id=" + plan);
        browser.await(d -> browser.all("section.goal.level-0").size() == AREAS.size());
        Object refused = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const seen = [];
                document.addEventListener('securitypolicyviolation', e => {
                  seen.push(e.effectiveDirective);
                  if (seen.length === 2) done(seen.sort().join(','));
                });
                const script = document.createElement('script');
                script.textContent = 'window.injected = true';
                document.body.append(script);
                document.querySelector('h1').setAttribute('style', 'color: rgb(1, 2, 3)');
                """);
        assertThat(refused).isEqualTo("script-src-elem,style-src-attr");
        assertThat(browser.script("return window.injected === undefined")).isEqualTo(true);
        assertThat(browser.one("h1").getCssValue("color")).isNotEqualTo("rgba(1, 2, 3, 1)");
        // the console reports both refusals: the check after each test is not blind
        assertThat(browser.securityPolicyViolations()).hasSizeGreaterThanOrEqualTo(2);
    }

    /**
     * The overview asks the API at most three questions whatever the plan's size: the words for
     * the codes, the plan (with each indicator's series and each goal's prognosis reasons), and,
     * for a past plan opened without a date, the plan again at the date it opens on. Before: one
     * audit trail per indicator, then the prognoses, the plan list and the reports besides.
     */
    @Test
    @Order(8)
    void theOverviewOfAPlanWithManyIndicatorsAndActivitiesAsksAtMostThreeQuestions() {
        var small = apiRequestsOfOverview(indicatorPlan("serie-1", 1), "&validAt=2022-08-31", 1);
        String large = indicatorPlan("serie-20", 20);
        for (int i = 0; i < 40; i++) {
            write("chef", "/api/plans/" + large + "/activities", "{'id':'" + large + "-a" + i + "','goalIds':['"
                    + large + "-g'],'title':'Aktivitet " + i + "','responsible':{'person':'A'}}");
        }
        read("/api/plans/" + large);
        var dated = apiRequestsOfOverview(large, "&validAt=2022-08-31", 20);
        assertThat(dated).hasSameSizeAs(small).hasSizeLessThanOrEqualTo(3)
                .noneMatch(path -> path.contains("/events") || path.contains("/prognoses"));
        assertThat(browser.all("tr[data-indicator-id] svg.chart circle.measurement")).hasSize(20 * 2);
        assertThat(browser.all("tr[data-indicator-id] svg.chart .no-new-data")).hasSize(20);
        assertThat(browser.all("table.activities tbody tr")).hasSize(40);
        assertThat(browser.one("details.reasons summary").getAttribute("textContent"))
                .startsWith("Skäl för den beräknade prognosen");

        var opening = apiRequestsOfOverview(large, "", 20);
        assertThat(opening).hasSizeLessThanOrEqualTo(3).noneMatch(path -> path.contains("/reports"));
        assertThat(browser.one("#valid-at").getAttribute("value")).isEqualTo("2022-12-31");
        // the signing key, asked for once in the browser's session, stands in every page's footer
        browser.await(d -> !browser.all("footer.proof-key code").isEmpty());
        assertThat(browser.one("footer.proof-key code").getText()).startsWith("uppfoljningsliggaren.local+");
    }

    /** The overview shows a flow against its year's target, a text baseline, a judgement and the rule used. */
    @Test
    @Order(9)
    void theOverviewShowsFlowsJudgementsAndTheRule() {
        String id = "matt-sida";
        write("admin", "/api/plans", "{'id':'" + id + "','organisation':'Vaggeryds kommun','title':'Mätplan',"
                + "'periodStart':'2022-01-01','periodEnd':'2022-12-31'}");
        write("admin", "/api/plans/" + id + "/goals", "{'id':'" + id + "-g','title':'Näringsliv'}");
        write("admin", "/api/goals/" + id + "-g/indicators", "{'id':'" + id + "-f','name':'Antal nya företag',"
                + "'unit':'st','kind':'FLOW','targets':[{'year':2022,'value':90},{'year':2023,'value':95}]}");
        write("admin", "/api/goals/" + id + "-g/indicators", "{'id':'" + id + "-q','name':'Ny kostpolicy',"
                + "'unit':'bedömning','baseline':{'text':'Sätts i samband med ny kostpolicy'},'target':{'text':'Antagen'}}");
        write("chef", "/api/indicators/" + id + "-f/measurements", "{'value':41,'effectiveDate':'2022-06-30'}");
        write("chef", "/api/indicators/" + id + "-q/measurements", "{'assessment':'AT_RISK','text':'Arbetet har startat',"
                + "'effectiveDate':'2022-06-30'}");
        read("/api/plans/" + id);
        browser.open("/plan.html?id=" + id + "&validAt=2022-06-30");
        browser.await(d -> browser.all("tr[data-indicator-id]").size() == 2);
        String flow = browser.one("tr[data-indicator-id='" + id + "-f']").getText();
        assertThat(flow).contains("Flöde: summa hittills i år mot årets mål", "41 st hittills i år (2022-06-30)",
                "I år 90 st · 2022: 90 st, 2023: 95 st", "Risk");
        String judged = browser.one("tr[data-indicator-id='" + id + "-q']").getText();
        assertThat(judged).contains("Ingångsvärde: Sätts i samband med ny kostpolicy",
                "Bedömning: Risk – Arbetet har startat, chef (2022-06-30)");
        assertThat(browser.one("p.rule-note").getText()).startsWith("Standardregel för beräknad prognos");
    }

    /** A value fetched from Kolada credits its source under the latest value, as its licence asks. */
    @Test
    @Order(13)
    void theOverviewCreditsKoladaUnderAFetchedValue() {
        String id = "kolada-sida";
        write("admin", "/api/plans", "{'id':'" + id + "','organisation':'Vaggeryds kommun','title':'Koladaplan',"
                + "'periodStart':'2022-01-01','periodEnd':'2022-12-31'}");
        write("admin", "/api/plans/" + id + "/goals", "{'id':'" + id + "-g','title':'Bostäder'}");
        write("admin", "/api/goals/" + id + "-g/indicators", "{'id':'" + id + "-k','name':'Bygglov','unit':'st',"
                + "'target':{'direction':'INCREASE'},'kolada':{'kpi':'N00945','municipality':'0665'}}");
        write("admin", "/api/goals/" + id + "-g/indicators", "{'id':'" + id + "-h','name':'Handräknat','unit':'st',"
                + "'target':{'direction':'INCREASE'}}");
        write("chef", "/api/indicators/" + id + "-h/measurements", "{'value':7,'effectiveDate':'2022-06-30'}");
        // as the Kolada import sends it (KoladaImportIT fetches it from a stub)
        var kolada = new KoladaRef("N00945", "0665");
        commands.sendAndWait(new RecordMeasurement(new IndicatorId(id + "-k"), new BigDecimal("12.1"), false, null,
                null, LocalDate.of(2022, 6, 30), "kolada", null, null, null, MeasurementSource.KOLADA, kolada));
        lastPosition = Math.max(lastPosition, positions.lastOf(id + "-k"));
        read("/api/plans/" + id);
        browser.open("/plan.html?id=" + id + "&validAt=2022-06-30");
        browser.await(d -> browser.all("tr[data-indicator-id]").size() == 2);
        assertThat(browser.one("tr[data-indicator-id='" + id + "-k'] td.when").getText())
                .contains("12,1 st (2022-06-30)", "Källa: Kolada (RKA), CC BY 4.0");
        assertThat(browser.one("tr[data-indicator-id='" + id + "-h'] td.when").getText()).doesNotContain("Kolada");
    }

    // last: it reports, corrects and approves on the sample plan, which then opens at the report's date
    /**
     * The auditor opens the report a decision approved and sees what the board saw; the
     * correction made after the report is listed with who made it, when and why. The overview of
     * the (past) plan opens at the report's date.
     */
    @Test
    @Order(20)
    void theAuditorSeesTheReportTheBoardApprovedAndWhoCorrectedWhatSince() throws IOException {
        String activity = activityIds(goalId("Kontinuitetsplanering")).get(0);
        var wrong = write("chef", "/api/activities/" + activity + "/status",
                "{'status':'DEVIATING','explanation':'Konsulten sade upp avtalet','effectiveDate':'2022-08-31'}");
        String report = write("admin", "/api/plans/" + plan + "/reports",
                "{'title':'Delårsrapport per 31 augusti','reportDate':'2022-08-31'}").get("reportId").asText();
        write("chef", "/api/activities/" + activity + "/status", "{'status':'DEVIATING','explanation':"
                + "'Avtalet hävdes i juli','effectiveDate':'2022-08-31','corrects':'" + wrong.get("eventId").asText()
                + "','reason':'Fel förklaring angavs'}");
        write("admin", "/api/plans/" + plan + "/decisions", "{'body':'KS','date':'2022-09-26','paragraph':'92',"
                + "'subject':'Delårsrapport augusti','approvesReport':'" + report + "'}");
        read("/api/plans/" + plan);
        assertThat(api.post("admin", "/api/admin/proof/audit", "").status()).isEqualTo(200);

        browser.open("/auditor.html?id=" + plan);
        String reportRow = "#reports tr[data-report-id='" + report + "']";
        // the ledger's own check of its history against the Merkle log, as the last self-audit found it
        browser.await(d -> browser.one("#self-audit .audit-result").getText().startsWith("Senaste självgranskning"));
        assertThat(browser.one("#self-audit .audit-result").getText()).contains("löv stämmer med händelselagret");
        browser.await(d -> !browser.all(reportRow).isEmpty());
        assertThat(browser.one(reportRow + " td.approved-by").getText()).contains("KS 2022-09-26 § 92");
        // the report's seal, checked again by the ledger: the digest of what the board saw and its checkpoint
        browser.await(Duration.ofSeconds(30), d -> {
            browser.reload();
            browser.await(driver -> !browser.all(reportRow + " td.receipt span").isEmpty());
            return browser.one(reportRow + " td.receipt").getText().startsWith("verifierat: tillstånd ");
        });
        assertThat(browser.one(reportRow + " td.receipt a.bundle").getAttribute("href"))
                .contains("/proof-bundle?report=" + report);
        browser.one(reportRow + " a.board-saw").click();

        String row = "tr[data-activity-id='" + activity + "']";
        browser.await(d -> !browser.all("#as-known").isEmpty() && !browser.all(row).isEmpty());
        assertThat(browser.driver().getCurrentUrl()).contains("report=" + report);
        assertThat(browser.one("#as-known").getText()).contains("Det styrelsen såg", "Delårsrapport per 31 augusti",
                "giltig per 2022-08-31");
        assertThat(browser.one(row).getText()).contains("Konsulten sade upp avtalet");
        var change = browser.one("#changes tr[data-change-id='" + activity + "'][data-field='explanation']");
        assertThat(change.findElement(By.cssSelector("td.after")).getText()).isEqualTo("Avtalet hävdes i juli");
        assertThat(change.findElement(By.cssSelector("td.actor")).getText()).isEqualTo("chef");
        assertThat(change.findElement(By.cssSelector("td.reason")).getText()).isEqualTo("Fel förklaring angavs");
        assertThat(change.findElement(By.cssSelector("td.effective")).getText()).isEqualTo("2022-08-31");
        browser.screenshot("20-det-styrelsen-sag");

        browser.open("/plan.html?id=" + plan);
        browser.await(d -> "2022-08-31".equals(browser.one("#valid-at").getAttribute("value")));
    }

    /**
     * The overview, the month grid and the auditor's page offer the report they show as PDF, Word
     * and Excel; the PDF's first two pages are saved as pictures (pdftoppm) beside the screenshots.
     */
    @Test
    @Order(21)
    void thePagesOfferTheReportAsPdfWordAndExcel() throws Exception {
        var reports = read("/api/plans/" + plan + "/reports");
        String report = reports.get(reports.size() - 1).get("reportId").asText();
        String base = "/api/plans/" + plan + "/report.";

        browser.open("/plan.html?id=" + plan + "&validAt=2022-08-31");
        assertThat(downloadLinks()).containsExactly(base + "pdf?validAt=2022-08-31", base + "docx?validAt=2022-08-31",
                base + "xlsx?validAt=2022-08-31");
        browser.screenshot("21a-oversikt-med-nedladdning");
        browser.open("/grid.html?id=" + plan + "&year=2022&comments=2022-08");
        assertThat(downloadLinks()).containsExactly(base + "pdf?validAt=2022-08-31", base + "docx?validAt=2022-08-31",
                base + "xlsx?validAt=2022-08-31");
        browser.open("/auditor.html?id=" + plan + "&report=" + report);
        var links = downloadLinks();
        assertThat(links).containsExactly(base + "pdf?report=" + report, base + "docx?report=" + report,
                base + "xlsx?report=" + report);
        browser.screenshot("21b-granskning-med-nedladdning");

        var pdf = api.getBytes("revisor", links.get(0));
        assertThat(pdf.statusCode()).isEqualTo(200);
        Path file = Chromium.SCREENSHOTS.resolve("rapport.pdf");
        Files.write(file, pdf.body());
        String missing = "pdftoppm (Debian's poppler-utils; .ci/run installs it) is not installed";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.assertTrue(Files.isExecutable(PDFTOPPM), missing);
        }
        Assumptions.assumeTrue(Files.isExecutable(PDFTOPPM), missing);
        var pictures = new ProcessBuilder(PDFTOPPM.toString(), "-png", "-r", "80", "-f", "1", "-l", "2",
                file.toString(), Chromium.SCREENSHOTS.resolve("21c-rapport-sida").toString()).inheritIO().start();
        assertThat(pictures.waitFor()).isZero();
        try (var saved = Files.list(Chromium.SCREENSHOTS)) {
            assertThat(saved.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("21c-rapport-sida")))
                    .hasSize(2);
        }
    }

    /** The page's PDF, Word and Excel links, as paths with their queries. */
    private List<String> downloadLinks() {
        browser.await(d -> browser.all("#downloads a.download").size() == 3);
        return browser.all("#downloads a.download").stream().map(a -> URI.create(a.getAttribute("href")))
                .map(uri -> uri.getRawPath() + "?" + uri.getRawQuery()).toList();
    }

    /** A plan with one goal of n indicators, each measured twice and once reported without new data. */
    private String indicatorPlan(String id, int indicators) {
        write("admin", "/api/plans", "{'id':'" + id + "','organisation':'Serieby kommun','title':'Serier',"
                + "'periodStart':'2022-01-01','periodEnd':'2022-12-31'}");
        write("admin", "/api/plans/" + id + "/goals", "{'id':'" + id + "-g','title':'Mätbart mål'}");
        for (int i = 0; i < indicators; i++) {
            String indicator = id + "-i" + i;
            write("admin", "/api/goals/" + id + "-g/indicators", "{'id':'" + indicator + "','name':'Nyckeltal " + i
                    + "','unit':'%','baseline':{'value':10,'date':'2021-12-31'},'target':{'value':20,'date':'2022-12-31'}}");
            write("chef", "/api/indicators/" + indicator + "/measurements", "{'value':12,'effectiveDate':'2022-03-31'}");
            write("chef", "/api/indicators/" + indicator + "/measurements", "{'value':14,'effectiveDate':'2022-06-30'}");
            write("chef", "/api/indicators/" + indicator + "/measurements",
                    "{'noNewData':true,'effectiveDate':'2022-07-31'}");
        }
        read("/api/plans/" + id);
        return id;
    }

    /**
     * The API requests (path and query) the overview of a plan made until its indicator charts
     * were drawn: those before the first pause of two seconds, when the live page waits to poll.
     */
    @SuppressWarnings("unchecked")
    private List<String> apiRequestsOfOverview(String planId, String dates, int indicators) {
        browser.open("/plan.html?id=" + planId + dates);
        browser.await(d -> browser.all("tr[data-indicator-id] svg.chart").size() == indicators);
        return ((List<Object>) browser.script("const opening = []; let end = 0;"
                + " for (const e of performance.getEntriesByType('resource')"
                + "     .filter(e => new URL(e.name).pathname.startsWith('/api/')).sort((a, b) => a.startTime - b.startTime)) {"
                + "   if (opening.length && e.startTime > end + 2000) break;"
                + "   opening.push(new URL(e.name).pathname + new URL(e.name).search);"
                + "   end = Math.max(end, e.responseEnd);"
                + " }"
                + " return opening;"))
                // who is signed in (the top bar, the forms) is asked once a page, whatever the plan's size
                .stream().map(Object::toString).filter(path -> !path.equals("/api/me")).toList();
    }

    private Object display(String css) {
        return browser.script("return getComputedStyle(arguments[0]).display", browser.one(css));
    }

    /** Swagger UI renders the API within its Content-Security-Policy: no inline script, one hashed style. */
    @Test
    @Order(12)
    void anyRoleSeesTheApiOperationsAndTheirProblemAnswersInSwaggerUi() throws IOException {
        browser.open("/swagger-ui.html");
        browser.await(driver -> browser.all(".opblock").size() > 20);
        browser.one(".opblock-post .opblock-summary").click();
        browser.await(driver -> browser.all(".responses-table .response[data-code='409']").size() == 1);
        browser.screenshot("swagger-ui");
        assertThat(browser.one(".responses-table").getText()).contains("application/problem+json");
    }

    /** The KS goals 2019 (docs/plans-and-goals.md): contributions, target areas and goal texts on the pages. */
    @Test
    @Order(10)
    void theCouncilsOverviewShowsTheBoardsContributingGoalsWithTheirLights() throws IOException {
        var document = ksGoals2019();
        browser.open("/");
        browser.await(d -> d.findElement(By.cssSelector("tr[data-plan-id='" + document.id("kf") + "']")));
        assertThat(browser.one("tbody[data-organisation='Kommunfullmäktige'] .organisation-row").getText())
                .contains("Kommunfullmäktige", "Fullmäktige");
        assertThat(browser.one("tbody[data-organisation='Kommunstyrelsen'] .organisation-row").getText())
                .contains("Styrelse eller nämnd");

        browser.open("/plan.html?id=" + document.id("kf") + "&validAt=2019-08-31");
        var kf1 = "#goal-" + document.id("kf-1");
        browser.await(d -> d.findElements(By.cssSelector(kf1 + " .contributions li")).size() == 4);
        var contributions = browser.all(kf1 + " .contributions li");
        assertThat(contributions.get(0).getText()).contains("Mål 1. Hållbar tillväxt", "Uppfylls");
        assertThat(contributions.get(0).getAttribute("data-prognosis")).isEqualTo("MET");
        assertThat(contributions.get(1).getAttribute("data-prognosis")).isEqualTo("PARTLY_MET");
        browser.screenshot("10-bidrag-kf-2019");
    }

    @Test
    @Order(11)
    void theBoardsOverviewAndGridGroupGoalsByTargetAreaWithTheirTexts() throws IOException {
        var document = ksGoals2019();
        browser.open("/plan.html?id=" + document.id("ks") + "&validAt=2019-08-31");
        browser.await(d -> d.findElements(By.cssSelector("section.target-area")).size() == 6);
        assertThat(browser.one("section.target-area .area-heading").getText())
                .isEqualTo("Målområde: Tillväxt, hållbarhet och fysisk planering");
        var growth = "#goal-" + document.id("ks-1");
        assertThat(browser.one(growth + " .purpose").getText()).startsWith("Syfte: Hållbar tillväxt");
        assertThat(browser.one(growth + " details.strategies summary").getText()).isEqualTo("Strategier (6)");
        assertThat(browser.one(growth + " details.risks summary").getText()).isEqualTo("Risker att hantera (3)");
        assertThat(browser.all(growth + " .contributes-to li").stream().map(WebElement::getText).toList())
                .hasSize(2).allMatch(text -> text.startsWith("KF mål"));
        browser.screenshot("11-ks-2019-malomraden");

        browser.open("/grid.html?id=" + document.id("ks") + "&year=2019");
        browser.await(d -> d.findElements(By.cssSelector("tr.area-row")).size() == 6);
        assertThat(browser.one("tr.area-row").getText()).isEqualTo("Målområde: Tillväxt, hållbarhet och fysisk planering");
    }

    private DocumentFixture ksGoals2019;

    /** The KS goals 2019 entered through the API once, with their follow-up per 31 August. */
    private DocumentFixture ksGoals2019() {
        if (ksGoals2019 == null) {
            ksGoals2019 = new DocumentFixture("vaggeryd-ks-mal-2019.json", "pages");
            ksGoals2019.enterPlansAndGoals((path, body) -> write("admin", path, body));
            ksGoals2019.enterMeasurements((path, body) -> write("chef", path, body));
            read("/api/plans");
        }
        return ksGoals2019;
    }

    private void emulatePrint(boolean print) {
        ((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("media", print ? "print" : ""));
    }

    // ---- the ledger through its API ----------------------------------------------------------

    /** The sample plan the ledger imported on its empty data directory, once the read side has it. */
    private String samplePlan() throws InterruptedException {
        for (int attempt = 0; attempt < 300; attempt++) {
            var plans = api.get("revisor", "/api/plans");
            assertThat(plans.status()).isEqualTo(200);
            for (JsonNode candidate : plans.json()) {
                if (candidate.get("organisation").asText().equals("Vaggeryds kommun")) {
                    String id = candidate.get("id").asText();
                    var view = api.get("revisor", "/api/plans/" + id);
                    if (view.status() == 200 && view.json().get("goals").size() == AREAS.size()) {
                        return id;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The sample plan was not imported: " + api.get("revisor", "/api/plans").body());
    }

    private JsonNode write(String user, String path, String body) {
        var response = api.post(user, path, json(body));
        assertThat(response.status()).as(path + " " + response.body()).isIn(200, 201);
        lastPosition = response.json().get("position").asLong();
        return response.json();
    }

    private JsonNode read(String path) {
        var response = api.get("revisor", path + (path.contains("?") ? "&" : "?") + "minPosition=" + lastPosition);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return response.json();
    }

    private String goalId(String title) {
        for (JsonNode goal : read("/api/plans/" + plan).get("goals")) {
            if (goal.get("title").asText().equals(title)) {
                return goal.get("id").asText();
            }
        }
        throw new AssertionError("No goal " + title);
    }

    private List<String> activityIds(String goalId) {
        for (JsonNode goal : read("/api/plans/" + plan).get("goals")) {
            if (goal.get("id").asText().equals(goalId)) {
                var ids = new ArrayList<String>();
                goal.get("activities").forEach(a -> ids.add(a.get("id").asText()));
                assertThat(ids).isNotEmpty();
                return ids;
            }
        }
        throw new AssertionError("No goal " + goalId);
    }
}
