package se.ledger.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import se.ledger.standalone.LedgerStandalone;

/**
 * The wall screen (plan.html?compact=1) as a DASHBOARD user sees it on a 1920 × 1080 screen: a
 * tile per målområde (the sample's top goals have none, so one per goal) with its goals per
 * light, its deviating activities and its latest follow-up, in large type, without menus or
 * forms; a status written through the API shows on it by itself.
 */
@DirtiesContext
@SpringBootTest(classes = LedgerStandalone.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.import-sample=true", "ledger.projection.wait-millis=5000"})
@ActiveProfiles("it")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WallScreenInChromiumIT {

    private static final String TILE = "section.wall-tile[data-area='Lokalförsörjning']";

    @LocalServerPort
    int port;

    private SampleLedger ledger;
    private Chromium browser;
    private String plan;

    @BeforeAll
    void startBrowserOnTheSamplePlan() throws Exception {
        Chromium.requireInstalled();
        ledger = new SampleLedger(port);
        plan = ledger.samplePlan();
        browser = Chromium.start(port, "dashboard");
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1920, "height", 1080, "deviceScaleFactor", 1, "mobile", false));
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theWallScreenShowsTheTilesAndFollowsAWriteByItself() throws IOException {
        List<String> activities = ledger.activityIds(plan, "Lokalförsörjning");
        for (String activity : activities) {
            ledger.write("chef", "/api/activities/" + activity + "/status",
                    "{'status':'ON_TRACK','effectiveDate':'2022-08-31'}");
        }
        ledger.read("/api/plans/" + plan);

        browser.open("/plan.html?id=" + plan + "&validAt=2022-08-31&compact=1");
        browser.await(d -> browser.all("section.wall-tile").size() == 13);
        browser.await(d -> count(TILE, "MET") == 1);
        for (WebElement tile : browser.all("section.wall-tile")) {
            assertThat(tile.findElements(By.cssSelector(".wall-count[data-prognosis]"))).hasSizeGreaterThanOrEqualTo(4);
            assertThat(tile.findElement(By.cssSelector(".wall-followup")).getText()).isNotBlank();
        }
        assertThat(browser.one(TILE).getAttribute("data-deviations")).isEqualTo("0");
        assertThat(browser.one(TILE + " .wall-none").getText()).isEqualTo("Inga avvikande aktiviteter");
        browser.await(d -> browser.one(TILE + " .wall-followup").getText().equals("Senaste uppföljning 2022-08-31"));
        assertThat(browser.one("#status-line").getText()).contains("Uppdateras automatiskt");

        // no menus, no forms: nothing to click on a wall
        for (String hidden : List.of("header.topbar", "#toolbar", ".legend", "footer.proof-key")) {
            browser.await(d -> browser.all(hidden).stream().noneMatch(WebElement::isDisplayed));
        }
        assertThat(browser.all("input, select, button, textarea").stream().filter(WebElement::isDisplayed)).isEmpty();
        // large type, readable from three metres: headings and numbers at least twice the pages' 15 px
        assertThat(fontSize(TILE + " h2")).isGreaterThanOrEqualTo(30);
        assertThat(fontSize(TILE + " .wall-count strong")).isGreaterThanOrEqualTo(48);
        assertThat(fontSize(TILE + " .wall-followup")).isGreaterThanOrEqualTo(20);
        browser.screenshot("wall-1-vaggskarm");

        String late = activities.get(0);
        ledger.write("chef", "/api/activities/" + late + "/status", "{'status':'DEVIATING',"
                + "'explanation':'Lokalbehoven kommer in först i september','effectiveDate':'2022-08-31'}");
        // no reload: the page asks again by itself
        browser.await(Duration.ofSeconds(20), d -> count(TILE, "PARTLY_MET") == 1);
        assertThat(count(TILE, "MET")).isZero();
        assertThat(browser.one(TILE).getAttribute("data-deviations")).isEqualTo("1");
        assertThat(browser.one(TILE + " h3").getText()).isEqualTo("Avvikande aktiviteter: 1");
        assertThat(browser.one(TILE + " .wall-deviations li[data-activity-id='" + late + "']").getText())
                .contains("Lokalbehoven kommer in först i september");
        assertThat(browser.one("#status-line").getText()).contains("senast ändrad");
        // said to screen readers once, not with every poll
        assertThat(browser.one("#announcement").getAttribute("textContent")).startsWith("Läget har ändrats");
        browser.screenshot("wall-2-vaggskarm-efter-avvikelse");
    }

    private int count(String tile, String light) {
        return Integer.parseInt(browser.one(tile + " .wall-count[data-prognosis='" + light + "']").getAttribute("data-count"));
    }

    private double fontSize(String css) {
        return Double.parseDouble(browser.one(css).getCssValue("font-size").replace("px", ""));
    }
}
