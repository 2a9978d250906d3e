package se.ledger.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import se.ledger.platform.test.Api;
import se.ledger.standalone.DocumentFixture;
import se.ledger.standalone.LedgerStandalone;

/**
 * The KS goals 2019 on the pages: the start page groups plans by organisation, the council's
 * overview shows under each goal the board's contributing goals with their lights, the board's
 * overview and grid group goals by målområde and show syfte, strategier and risker.
 */
@DirtiesContext
@SpringBootTest(classes = LedgerStandalone.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.import-sample=false", "ledger.projection.wait-millis=5000"})
@ActiveProfiles("it")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlansAndGoalsInChromiumIT {

    @LocalServerPort
    int port;

    private DocumentFixture document;

    @BeforeAll
    void enterTheDocument() {
        Assumptions.assumeTrue(Chromium.installed(), "chromium and chromium-driver are not installed");
        var api = new Api(port);
        document = new DocumentFixture("vaggeryd-ks-mal-2019.json", "b" + UUID.randomUUID().toString().substring(0, 6));
        long[] position = {0};
        document.enterPlansAndGoals((path, body) -> position[0] = post(api, "admin", path, body));
        document.enterMeasurements((path, body) -> position[0] = post(api, "chef", path, body));
        assertThat(api.get("revisor", "/api/plans?minPosition=" + position[0]).status()).isEqualTo(200);
    }

    private static long post(Api api, String user, String path, String body) {
        var response = api.post(user, path, json(body));
        assertThat(response.status()).as(path + " " + response.body()).isIn(200, 201);
        return response.json().get("position").asLong();
    }

    @Test
    void theCouncilsOverviewShowsTheBoardsContributingGoalsWithTheirLights() throws IOException {
        try (var browser = Chromium.start(port, "revisor")) {
            council(browser);
            assertThat(browser.securityPolicyViolations()).isEmpty();
        }
    }

    private void council(Chromium browser) throws IOException {
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
        browser.screenshot("bidrag-kf-2019");
    }

    @Test
    void theBoardsOverviewAndGridGroupGoalsByTargetAreaWithTheirTexts() throws IOException {
        try (var browser = Chromium.start(port, "revisor")) {
            board(browser);
            assertThat(browser.securityPolicyViolations()).isEmpty();
        }
    }

    private void board(Chromium browser) throws IOException {
        browser.open("/plan.html?id=" + document.id("ks") + "&validAt=2019-08-31");
        browser.await(d -> d.findElements(By.cssSelector("section.target-area")).size() == 6);
        var first = browser.one("section.target-area");
        assertThat(first.findElement(By.cssSelector(".area-heading")).getText())
                .isEqualTo("Målområde: Tillväxt, hållbarhet och fysisk planering");
        var growth = "#goal-" + document.id("ks-1");
        assertThat(browser.one(growth + " .purpose").getText()).startsWith("Syfte: Hållbar tillväxt");
        assertThat(browser.one(growth + " details.strategies summary").getText()).isEqualTo("Strategier (6)");
        assertThat(browser.one(growth + " details.risks summary").getText()).isEqualTo("Risker att hantera (3)");
        assertThat(browser.all(growth + " .contributes-to li").stream().map(WebElement::getText).toList())
                .hasSize(2).allMatch(text -> text.startsWith("KF mål"));
        browser.screenshot("ks-2019-malomraden");

        browser.open("/grid.html?id=" + document.id("ks") + "&year=2019");
        browser.await(d -> d.findElements(By.cssSelector("tr.area-row")).size() == 6);
        assertThat(browser.one("tr.area-row").getText()).isEqualTo("Målområde: Tillväxt, hållbarhet och fysisk planering");
    }
}
