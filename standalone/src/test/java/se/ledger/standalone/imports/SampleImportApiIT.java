package se.ledger.standalone.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ledger.imports.table.Area;
import se.ledger.imports.table.Person;
import se.ledger.imports.table.PlanTable;
import se.ledger.imports.table.PlanTableParser;

/**
 * The Vaggeryd sample imported over HTTP and read back through the query API, field by field against the
 * file: the parser (itself checked against values read off the file by hand) gives every area, and the
 * values that matter most are also written out here.
 */
class SampleImportApiIT extends ImportTestBase {

    private static final String ACTOR = "import:" + SAMPLE;
    private JsonNode plan;
    private PlanTable file;
    private long position;

    @BeforeEach
    void importTheSample() {
        position = importSample().get("position").asLong();
        plan = read("/api/plans/" + SAMPLE_PLAN + "?validAt=2022-08-31", position);
        file = PlanTableParser.parse(SAMPLE, new String(resource(SAMPLE), StandardCharsets.UTF_8));
    }

    private JsonNode goal(int area) {
        return find(plan.get("goals"), "id", SAMPLE_PLAN + "-omrade-" + area);
    }

    private static List<String> strings(JsonNode array) {
        var list = new ArrayList<String>();
        array.forEach(node -> list.add(node.asText()));
        return list;
    }

    @Test
    void thePlanIsVaggerydsForTheYear2022() {
        assertThat(plan.get("id").asText()).isEqualTo(SAMPLE_PLAN);
        assertThat(plan.get("organisation").asText()).isEqualTo("Vaggeryds kommun");
        assertThat(plan.get("title").asText()).isEqualTo("Verksamhetsplan 2022");
        assertThat(plan.get("periodStart").asText()).isEqualTo("2022-01-01");
        assertThat(plan.get("periodEnd").asText()).isEqualTo("2022-12-31");
    }

    @Test
    void everyAreaIsAGoalInTheFilesOrderWithItsDesiredEffects() {
        var goals = plan.get("goals");
        assertThat(goals).hasSize(13);
        var titles = new ArrayList<String>();
        goals.forEach(g -> titles.add(g.get("title").asText()));
        assertThat(titles).containsExactly("Hållbar samhällsutveckling", "Lokalförsörjning", "Mötesplatser",
                "Kontinuitetsplanering", "Från förskola till jobb", "Företagande", "Jämlik folkhälsa",
                "Kultur och fritid för alla", "Vaggeryd som varumärke", "Effektivare beslut",
                "Systematiskt arbetsmiljöarbete", "Ledarutveckling", "Investeringar och exploateringar");
        for (Area area : file.areas()) {
            var goal = goal(area.number());
            assertThat(goal.get("title").asText()).isEqualTo(area.title());
            assertThat(strings(goal.get("desiredEffects"))).as("area %d", area.number())
                    .containsExactlyElementsOf(area.desiredEffects());
            assertThat(goal.get("direction").asBoolean()).isFalse();
            assertThat(goal.get("parentGoalId").isNull()).isTrue();
        }
        assertThat(strings(goal(12).get("desiredEffects"))).containsExactly("Vår ledarpolicy lever i vardagen.",
                "Vi har trygga chefer som med god kompetens inom ledaruppdraget är ett föredöme, leder med omtanke "
                        + "och tillit samt utvecklar verksamheten inom givna resurser.");
    }

    @Test
    void everyMainActivityIsKeptVerbatimWithItsResponsibleLeadAndPeople() {
        int total = 0;
        for (Area area : file.areas()) {
            var activities = goal(area.number()).get("activities");
            assertThat(activities).as("area %d", area.number()).hasSize(area.activities().size());
            for (int i = 0; i < area.activities().size(); i++) {
                var activity = activities.get(i);
                String where = "area " + area.number() + " activity " + (i + 1);
                assertThat(activity.get("id").asText()).as(where)
                        .isEqualTo(SAMPLE_PLAN + "-omrade-" + area.number() + "-aktivitet-" + (i + 1));
                assertThat(activity.get("title").asText()).as(where).isEqualTo(area.activities().get(i));
                assertThat(activity.at("/responsible/person").asText()).as(where)
                        .isEqualTo(area.responsibility().lead());
                assertThat(activity.at("/responsible/unit").asText()).as(where)
                        .isEqualTo(area.responsibility().group());
                assertThat(strings(activity.get("partners"))).as(where).containsExactlyElementsOf(people(area));
                assertThat(activity.get("start").isNull()).isTrue();
                assertThat(activity.get("end").isNull()).isTrue();
                assertThat(strings(activity.get("goalIds"))).containsExactly(SAMPLE_PLAN + "-omrade-" + area.number());
                total++;
            }
        }
        assertThat(total).isEqualTo(68);
    }

    /** Independent of the importer's own formatting: name, then what the signature table says. */
    private static List<String> people(Area area) {
        var people = new ArrayList<String>();
        for (Person p : area.responsibility().people()) {
            var about = new ArrayList<String>();
            if (p.role() != null) {
                about.add(p.role());
            }
            if (p.board() != null) {
                about.add(p.board());
            }
            people.add(about.isEmpty() ? p.name() : p.name() + " (" + String.join(", ", about) + ")");
        }
        people.addAll(area.responsibility().unresolvedInitials());
        return people;
    }

    @Test
    void theAnsvarigaCellsAreResolvedThroughTheSignatureTable() {
        var lokal = goal(2).get("activities").get(0);
        assertThat(lokal.get("title").asText()).isEqualTo("Samordnad lokalförsörjningsplan");
        assertThat(lokal.at("/responsible/person").asText()).isEqualTo("Magnus Ljunggren");
        assertThat(lokal.at("/responsible/unit").asText()).isEqualTo("Lokalgrupp (LD, DN, CK, JJ, PEL, AH)");
        assertThat(strings(lokal.get("partners"))).containsExactly("Lotta Damberg (Socialchef, SN)",
                "David Norrfjärd (Kultur och fritidschef, KFN)", "Claes Karlsson (Fastighetschef, TN)",
                "Johnny Johansson (Lokalstrateg, BUN)", "Per-Erik Lorentzon (Barn och utbildningschef, BUN)",
                "Annika Hedvall (Kommundirektör, KS)");
        var kontinuitet = goal(4).get("activities").get(0);
        assertThat(kontinuitet.at("/responsible/person").asText()).isEqualTo("Fredrik Björnberg");
        assertThat(strings(kontinuitet.get("partners")))
                .containsExactly("Tina Petersson (Säkerhets- och beredskapssamordnare, RTJ/KS)");
        // initials the signature table does not know are kept as written
        assertThat(strings(goal(7).get("activities").get(0).get("partners"))).endsWith("TÅ");
        assertThat(strings(goal(9).get("activities").get(0).get("partners"))).containsExactly("KLG");
        assertThat(goal(13).get("activities").get(0).get("title").asText())
                .isEqualTo("\"NULÄGE och hitta ett ÖNSKAT LÄGE\"");
        assertThat(goal(9).get("activities").get(4).get("title").asText()).isEqualTo("Berättelser som lyfter fram "
                + "personer, företag och organisationer som gör skillnad, internt och externt.");
    }

    @Test
    void everyMarkAndTheAugustCommentIsAnEventOfTheAreasGoalByTheFile() {
        for (Area area : file.areas()) {
            var trail = read("/api/goals/" + SAMPLE_PLAN + "-omrade-" + area.number() + "/events", position);
            var types = new ArrayList<String>();
            trail.forEach(e -> types.add(e.get("type").asText()));
            assertThat(types).as("area %d", area.number()).containsExactlyInAnyOrderElementsOf(expectedTypes(area));
            trail.forEach(e -> assertThat(e.get("actor").asText()).isEqualTo(ACTOR));
            var comment = find(trail, "type", "CommentAdded");
            assertThat(comment.get("effectiveDate").asText()).isEqualTo("2022-08-31");
            assertThat(comment.at("/data/text").asText()).isEqualTo(area.followUpText());
        }
    }

    private static List<String> expectedTypes(Area area) {
        var types = new ArrayList<String>(List.of("GoalDefined", "CommentAdded"));
        area.marks().forEach((month, mark) -> types.add("MonthReported"));
        return types;
    }

    @Test
    void everyImportedEventNamesTheFileAsItsActor() {
        var imported = events.count();
        assertThat(imported).isGreaterThanOrEqualTo(158);
        var rows = new ArrayList<se.ledger.platform.test.EventTable.Row>(events.of(SAMPLE_PLAN));
        for (Area area : file.areas()) {
            String goal = SAMPLE_PLAN + "-omrade-" + area.number();
            rows.addAll(events.of(goal));
            for (int i = 1; i <= area.activities().size(); i++) {
                rows.addAll(events.of(goal + "-aktivitet-" + i));
            }
        }
        assertThat(rows).hasSize(158);
        assertThat(rows).allSatisfy(row -> assertThat(row.payload().get("actor").asText()).isEqualTo(ACTOR));
    }
}
