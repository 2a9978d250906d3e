package se.ledger.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ledger.activity.command.PlanActivity;
import se.ledger.events.GoalId;
import se.ledger.events.MonthMark;
import se.ledger.events.PlanId;
import se.ledger.events.Responsible;
import se.ledger.goal.command.CommentOnGoal;
import se.ledger.goal.command.DefineGoal;
import se.ledger.goal.command.ReportGoalMonth;
import se.ledger.imports.table.Person;
import se.ledger.imports.table.PlanTableParser;
import se.ledger.imports.table.Responsibility;
import se.ledger.plan.command.RegisterPlan;

/** The Vaggeryd sample as commands; values checked against the file (see VaggerydSampleTest). */
class PlanTableTranslatorTest {

    static final String FILE = "vaggeryd-verksamhetsplan-2022-augusti.tsv";
    static final String ACTOR = "import:" + FILE;
    private static List<ImportStep> steps;

    @BeforeAll
    static void translateSample() throws IOException {
        try (InputStream in = PlanTableTranslatorTest.class.getResourceAsStream("/imports/" + FILE)) {
            var table = PlanTableParser.parse(FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            steps = PlanTableTranslator.translate(table, "Vaggeryds kommun", 2022, ACTOR);
        }
    }

    private static <T> List<T> commands(Class<T> type) {
        return steps.stream().map(ImportStep::command).filter(type::isInstance).map(type::cast).toList();
    }

    private static PlanActivity activity(String id) {
        return commands(PlanActivity.class).stream().filter(a -> a.activityId().value().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void registersThePlanForTheWholeYear() {
        assertThat(steps.get(0).command()).isEqualTo(new RegisterPlan(new PlanId("vaggeryds-kommun-2022"),
                "Vaggeryds kommun", "Verksamhetsplan 2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31),
                ACTOR));
        assertThat(steps.get(0).sourceLine()).isNull();
    }

    @Test
    void definesOneGoalPerAreaInTheFilesOrderWithItsDesiredEffects() {
        var goals = commands(DefineGoal.class);
        assertThat(goals).extracting(g -> g.goalId().value()).containsExactly("vaggeryds-kommun-2022-omrade-1",
                "vaggeryds-kommun-2022-omrade-2", "vaggeryds-kommun-2022-omrade-3", "vaggeryds-kommun-2022-omrade-4",
                "vaggeryds-kommun-2022-omrade-5", "vaggeryds-kommun-2022-omrade-6", "vaggeryds-kommun-2022-omrade-7",
                "vaggeryds-kommun-2022-omrade-8", "vaggeryds-kommun-2022-omrade-9", "vaggeryds-kommun-2022-omrade-10",
                "vaggeryds-kommun-2022-omrade-11", "vaggeryds-kommun-2022-omrade-12",
                "vaggeryds-kommun-2022-omrade-13");
        assertThat(goals).extracting(DefineGoal::title).startsWith("Hållbar samhällsutveckling", "Lokalförsörjning")
                .endsWith("Investeringar och exploateringar");
        assertThat(goals).extracting(g -> g.desiredEffects().size())
                .containsExactly(4, 3, 3, 3, 5, 3, 3, 4, 5, 3, 3, 2, 3);
        assertThat(goals.get(11).desiredEffects()).first().isEqualTo("Vår ledarpolicy lever i vardagen.");
        assertThat(goals).allSatisfy(g -> {
            assertThat(g.planId()).isEqualTo(new PlanId("vaggeryds-kommun-2022"));
            assertThat(g.parentGoalId()).isNull();
            assertThat(g.direction()).isFalse();
            assertThat(g.effectiveDate()).isNull();
        });
    }

    @Test
    void plansEveryMainActivityVerbatimUnderItsArea() {
        var activities = commands(PlanActivity.class);
        assertThat(activities).hasSize(68);
        var second = activity("vaggeryds-kommun-2022-omrade-1-aktivitet-2");
        assertThat(second.title()).isEqualTo("Befolkningsprognos görs per delområde (JH, PEL, TÅ)");
        assertThat(second.goalIds()).containsExactly(new GoalId("vaggeryds-kommun-2022-omrade-1"));
        // the plan table says nothing of when an activity starts or ends: nothing is made up
        assertThat(second.start()).isNull();
        assertThat(second.end()).isNull();
        assertThat(activity("vaggeryds-kommun-2022-omrade-13-aktivitet-1").title())
                .isEqualTo("\"NULÄGE och hitta ett ÖNSKAT LÄGE\"");
        assertThat(activity("vaggeryds-kommun-2022-omrade-11-aktivitet-10").title())
                .isEqualTo("Uppföljning månadsvis i KLG");
    }

    @Test
    void keepsTheLeadTheGroupAndEveryPersonOfTheAnsvarigaCell() {
        var lokal = activity("vaggeryds-kommun-2022-omrade-2-aktivitet-1");
        assertThat(lokal.responsible())
                .isEqualTo(new Responsible("Magnus Ljunggren", "Lokalgrupp (LD, DN, CK, JJ, PEL, AH)"));
        assertThat(lokal.partners()).containsExactly("Lotta Damberg (Socialchef, SN)",
                "David Norrfjärd (Kultur och fritidschef, KFN)", "Claes Karlsson (Fastighetschef, TN)",
                "Johnny Johansson (Lokalstrateg, BUN)", "Per-Erik Lorentzon (Barn och utbildningschef, BUN)",
                "Annika Hedvall (Kommundirektör, KS)");
        // unresolved initials are kept verbatim
        assertThat(activity("vaggeryds-kommun-2022-omrade-3-aktivitet-1").partners()).containsExactly(
                "David Norrfjärd (Kultur och fritidschef, KFN)", "Lotta Damberg (Socialchef, SN)",
                "Per-Erik Lorentzon (Barn och utbildningschef, BUN)", "TÅ");
        assertThat(activity("vaggeryds-kommun-2022-omrade-9-aktivitet-1").responsible())
                .isEqualTo(new Responsible("Torbjörn Åkerblad", "KLG"));
        assertThat(activity("vaggeryds-kommun-2022-omrade-9-aktivitet-1").partners()).containsExactly("KLG");
        // no role or no board: nothing made up
        assertThat(activity("vaggeryds-kommun-2022-omrade-6-aktivitet-1").partners()).containsExactly(
                "Annika Hedvall (Kommundirektör, KS)", "Tomas Andersson (Miljö och byggchef)",
                "Johan Thorsell (Näringslivschef)", "Tina Blomster");
        assertThat(activity("vaggeryds-kommun-2022-omrade-1-aktivitet-1").partners()).isEmpty();
    }

    @Test
    void describesPeopleWithWhatTheSignatureTableKnows() {
        assertThat(PlanTableTranslator.describe(new Person("TP", "Tina Petersson",
                "Säkerhets- och beredskapssamordnare", "RTJ/KS")))
                .isEqualTo("Tina Petersson (Säkerhets- och beredskapssamordnare, RTJ/KS)");
        assertThat(PlanTableTranslator.describe(new Person("X", "Ann Ek", null, "KS"))).isEqualTo("Ann Ek (KS)");
        assertThat(PlanTableTranslator.partners(new Responsibility(null, null, List.of(), List.of(), ""))).isEmpty();
    }

    @Test
    void reportsEachMarkedMonthOfItsAreaAndNothingForBlankMonths() {
        var reports = commands(ReportGoalMonth.class);
        assertThat(reports).hasSize(7 * 3 + 8 + 7 * 4 + 6);
        var area1 = reports.stream().filter(r -> r.goalId().value().equals("vaggeryds-kommun-2022-omrade-1"))
                .toList();
        assertThat(area1).extracting(ReportGoalMonth::month).containsExactly(YearMonth.of(2022, 1),
                YearMonth.of(2022, 2), YearMonth.of(2022, 3), YearMonth.of(2022, 4), YearMonth.of(2022, 5),
                YearMonth.of(2022, 6), YearMonth.of(2022, 8));
        assertThat(area1).extracting(ReportGoalMonth::mark).containsOnly(MonthMark.AS_PLANNED);
        assertThat(reports).filteredOn(r -> r.goalId().value().endsWith("-omrade-9"))
                .extracting(ReportGoalMonth::mark).hasSize(7).containsOnly(MonthMark.RISING);
        assertThat(reports).noneMatch(r -> r.goalId().value().matches(".*-omrade-[4-7]"));
    }

    @Test
    void commentsTheFollowUpTextOnTheAreaAtTheMonthsLastDay() {
        var comments = commands(CommentOnGoal.class);
        assertThat(comments).hasSize(13).allSatisfy(c -> assertThat(c.effectiveDate())
                .isEqualTo(LocalDate.of(2022, 8, 31)));
        assertThat(comments.get(11).text()).isEqualTo("Aqvslut grupp 5. Uppstart grupp 6");
        assertThat(comments.get(0).text().split("\n\n")).hasSize(3);
    }

    @Test
    void everyCommandIsTheFilesAndNamesTheAreasLine() {
        assertThat(steps).hasSize(1 + 13 + 68 + 63 + 13);
        assertThat(steps).extracting(ImportStep::command).allSatisfy(command -> assertThat(command)
                .hasFieldOrPropertyWithValue("actor", ACTOR));
        assertThat(steps).filteredOn(s -> s.aggregateId().startsWith("vaggeryds-kommun-2022-omrade-13"))
                .extracting(ImportStep::sourceLine).containsOnly(19);
        assertThat(ImportCounts.of(steps)).isEqualTo(new ImportCounts(1, 13, 0, 68, 0, 63, 13, 0));
    }

    @Test
    void derivesThePlanIdFromTheOrganisation() {
        assertThat(PlanTableTranslator.planId("Vaggeryds kommun", 2022)).isEqualTo("vaggeryds-kommun-2022");
        assertThat(PlanTableTranslator.planId("  Barn- och utbildningsnämnden, Östra Göinge ", 2023))
                .isEqualTo("barn-och-utbildningsnamnden-ostra-goinge-2023");
        assertThat(PlanTableTranslator.planId("x".repeat(200), 2022)).hasSize(65);
    }
}
