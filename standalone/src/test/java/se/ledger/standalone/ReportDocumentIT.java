package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import se.ledger.platform.test.Api;

/**
 * The delårsrapport of the Vaggeryd sample per 2022-08-31, issued as a report and downloaded as
 * PDF and Word: every goal, every deviation and the August follow-up texts in at most ten pages,
 * the report's checkpoint on every page, the same headings in both documents.
 */
@DirtiesContext
@SpringBootTest(classes = LedgerStandalone.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.import-sample=true", "ledger.projection.wait-millis=5000"})
@ActiveProfiles("it")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDocumentIT {

    private static final String PLAN = "vaggeryds-kommun-2022";
    private static final String EXPLANATION = "Lokalbehoven kommer in först i september";

    @LocalServerPort
    int port;

    private Api api;
    private JsonNode plan;
    private JsonNode history;
    private long checkpointSize;

    @BeforeAll
    void issueTheAugustReportWithADeviation() {
        api = new Api(port);
        await("the sample plan with its activities").atMost(Duration.ofSeconds(90)).until(() -> {
            var view = api.get("revisor", "/api/plans/" + PLAN + "?validAt=2022-08-31");
            return view.status() == 200 && view.json().findValue("activities") != null
                    && !view.json().findValue("activities").isEmpty();
        });
        var sample = api.get("revisor", "/api/plans/" + PLAN + "?validAt=2022-08-31").json();
        String activity = sample.findValue("activities").get(0).get("id").asText();
        String goal = sample.get("goals").get(1).get("id").asText();
        var indicator = api.post("admin", "/api/goals/" + goal + "/indicators", Api.json("{'id':'lokalyta',"
                + "'name':'Lokalyta per invånare','unit':'kvm','baseline':{'value':4.2,'date':'2021-12-31'},"
                + "'target':{'value':3.9,'date':'2022-12-31'},'source':'Kolada'}"));
        assertThat(indicator.status()).as(indicator.body()).isEqualTo(201);
        var measured = api.post("chef", "/api/indicators/lokalyta/measurements",
                Api.json("{'value':4.1,'effectiveDate':'2022-06-30'}"));
        assertThat(measured.status()).as(measured.body()).isIn(200, 201);
        var status = api.post("chef", "/api/activities/" + activity + "/status", Api.json("{'status':'DEVIATING',"
                + "'explanation':'" + EXPLANATION + "','effectiveDate':'2022-08-31'}"));
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        var report = api.post("admin", "/api/plans/" + PLAN + "/reports", Api.json("{'id':'aug',"
                + "'title':'Delårsrapport per 31 augusti','reportDate':'2022-08-31'}"));
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        var approval = api.post("admin", "/api/plans/" + PLAN + "/decisions", Api.json("{'id':'ks-2022-92','body':'KS',"
                + "'date':'2022-09-26','paragraph':'92','subject':'Delårsrapport augusti','approvesReport':'aug'}"));
        assertThat(approval.status()).as(approval.body()).isIn(200, 201);
        long position = approval.json().get("position").asLong();
        await("the report's checkpoint").atMost(Duration.ofSeconds(30)).until(() -> api.get("revisor",
                "/api/proof/checkpoints?plan=" + PLAN).json().findValuesAsText("reason").contains("Rapport aug utfärdad"));
        for (JsonNode checkpoint : api.get("revisor", "/api/proof/checkpoints?plan=" + PLAN).json()) {
            if (checkpoint.get("reason").asText().equals("Rapport aug utfärdad")) {
                checkpointSize = checkpoint.get("size").asLong();
            }
        }
        plan = api.get("revisor", "/api/plans/" + PLAN + "?report=aug&minPosition=" + position).json();
        history = api.get("revisor", "/api/plans/" + PLAN + "/history?year=2022&report=aug").json();
    }

    @Test
    void thePdfHoldsEveryGoalDeviationAndAugustTextInTenPagesWithTheCheckpointOnEach() throws IOException {
        var response = api.getBytes("revisor", "/api/plans/" + PLAN + "/report.pdf?report=aug");
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"rapport-" + PLAN + "-aug.pdf\"");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "rapport-vaggeryd-2022-08-31.pdf"), response.body());
        try (var pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getNumberOfPages()).isBetween(2, 10);
            var stripper = new PDFTextStripper();
            var body = new StringBuilder();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String pageText = stripper.getText(pdf);
                assertThat(pageText).as("page " + page).contains("Kontrollpunkt: " + checkpointSize + " löv, rot ",
                        "Verifiera: java -jar ledger.jar verify", "Sida " + page + " av " + pdf.getNumberOfPages());
                body.append(withoutPageFrame(pageText)).append('\n');
            }
            // a text that runs over a page break is read without the footer in between
            String text = flat(body.toString());
            assertThat(text).contains(flat("Vaggeryds kommun"), flat("Delårsrapport per 31 augusti"), "Sammanfattning",
                    flat("Godkänd genom KS 2022-09-26 § 92 (Delårsrapport augusti)"));
            assertThat(text).contains(flat("Lokalyta per invånare (källa: Kolada)"), flat("4,2 kvm (2021-12-31)"),
                    flat("3,9 kvm (2022-12-31)"), flat("4,1 kvm (2022-06-30)"));
            goalTitles(plan.get("goals"), new ArrayList<>()).forEach(title -> assertThat(text).contains(flat(title)));
            var explanations = deviations();
            assertThat(explanations).contains(EXPLANATION);
            explanations.forEach(e -> assertThat(text).contains(flat(e)));
            var august = augustTexts();
            assertThat(august).hasSizeGreaterThanOrEqualTo(13);
            august.forEach(comment -> assertThat(text).contains(flat(comment)));
            for (String docxHeading : docxHeadings()) {
                assertThat(text).contains(flat(docxHeading));
            }
        }
    }

    @Test
    void theDocxHasTheSameHeadings() {
        var headings = docxHeadings();
        assertThat(headings).startsWith("Sammanfattning").endsWith("Bilaga: Månadstabell 2022");
        assertThat(headings).containsAll(goalTitles(plan.get("goals"), new ArrayList<>()));
    }

    @Test
    void anyMomentGivesAReportAndBadParametersAProblem() {
        var at = api.getBytes("revisor",
                "/api/plans/" + PLAN + "/report.pdf?asOf=" + Instant.now() + "&validAt=2022-08-31");
        assertThat(at.statusCode()).isEqualTo(200);
        assertThat(at.headers().firstValue("Content-Disposition")).get().asString().contains("2022-08-31.pdf");
        var docx = api.getBytes("chef", "/api/plans/" + PLAN + "/report.docx?validAt=2022-08-31");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type")).hasValue(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        problem("/report.pdf?validAt=2022-13-01", 400, "validAt");
        problem("/report.docx?validAt=1800-01-01", 400, "validAt");
        problem("/report.pdf?report=nej", 400, "report");
        problem("/report.docx?report=aug&asOf=2022-09-30", 400, "asOf");
        assertThat(api.get("revisor", "/api/plans/ingen-plan/report.pdf?validAt=2022-08-31").status()).isEqualTo(404);
        assertThat(api.get("dashboard", "/api/plans/" + PLAN + "/report.pdf").status()).isEqualTo(403);
    }

    private void problem(String query, int status, String field) {
        var answer = api.get("revisor", "/api/plans/" + PLAN + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
    }

    private List<String> docxHeadings() {
        var response = api.getBytes("revisor", "/api/plans/" + PLAN + "/report.docx?report=aug");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"rapport-" + PLAN + "-aug.docx\"");
        try (var docx = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            return docx.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(XWPFParagraph::getText).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> goalTitles(JsonNode goals, List<String> titles) {
        for (JsonNode goal : goals) {
            titles.add(goal.get("title").asText());
            goalTitles(goal.get("goals"), titles);
        }
        return titles;
    }

    /** The explanations of the activities with a deviating status, as the report showed them. */
    private List<String> deviations() {
        var explanations = new ArrayList<String>();
        for (JsonNode activity : plan.findValues("activities").stream().flatMap(a -> toList(a).stream()).toList()) {
            String status = activity.get("status").asText();
            if (status.equals("DEVIATING") || status.equals("COMPLETED_WITH_DEVIATION")) {
                explanations.add(activity.get("explanation").asText());
            }
        }
        return explanations;
    }

    private List<String> augustTexts() {
        var texts = new ArrayList<String>();
        for (JsonNode row : history.get("rows")) {
            for (JsonNode month : row.get("months")) {
                if (month.get("month").asText().equals("2022-08")) {
                    month.get("comments").forEach(c -> texts.add(c.asText()));
                }
            }
        }
        return texts;
    }

    private static List<JsonNode> toList(JsonNode array) {
        var list = new ArrayList<JsonNode>();
        array.forEach(list::add);
        return list;
    }

    private static String withoutPageFrame(String page) {
        return page.lines().filter(line -> !line.matches("Sida \\d+ av \\d+") && !line.contains("Kontrollpunkt: ")
                && !line.startsWith("Verifiera: ")).collect(Collectors.joining("\n"));
    }

    /**
     * Text as extracted from a PDF breaks lines where the page does, also after a slash: compare
     * without any white space.
     */
    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }
}
