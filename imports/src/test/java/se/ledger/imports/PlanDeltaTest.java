package se.ledger.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ledger.events.MonthMark;
import se.ledger.goal.command.CommentOnGoal;
import se.ledger.goal.command.ReportGoalMonth;
import se.ledger.imports.table.Area;
import se.ledger.imports.table.PlanTable;
import se.ledger.imports.table.PlanTableParser;
import se.ledger.imports.text.ImportProblem;

/** A later plan table against the plan the August table made: what it adds, and what it contradicts. */
class PlanDeltaTest {

    private static final String AUGUST = "vaggeryd-verksamhetsplan-2022-augusti.tsv";
    private static final String PLAN = "vaggeryds-kommun-2022";
    private static final String ACTOR = "import:september.tsv";
    private static PlanTable august;
    private static PlanContents augustPlan;

    @BeforeAll
    static void importAugust() throws IOException {
        try (InputStream in = PlanDeltaTest.class.getResourceAsStream("/imports/" + AUGUST)) {
            august = PlanTableParser.parse(AUGUST, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        augustPlan = LedgerOfSteps.contents(PLAN, PlanTableTranslator.translate(august, "Vaggeryds kommun", 2022,
                "import:" + AUGUST));
    }

    @Test
    void theAugustTableOntoTheAugustPlanAddsNothing() {
        var delta = PlanDelta.of(august, augustPlan, 2022, ACTOR);

        assertThat(delta.contradictions()).isEmpty();
        assertThat(delta.steps()).isEmpty();
        assertThat(delta.added()).isEmpty();
    }

    @Test
    void septemberAddsItsNewMarksAndItsStatusTextAndListsThemPerGoal() {
        var september = september(area -> area.number() == 9
                ? with(area, marks(area, Month.AUGUST, MonthMark.RISING, Month.SEPTEMBER, MonthMark.AS_PLANNED),
                        "Marknadsplanen revideras.")
                : area.number() == 2 ? with(area, marks(area, Month.SEPTEMBER, MonthMark.FALLING), "") : area);

        var delta = PlanDelta.of(september, augustPlan, 2022, ACTOR);

        assertThat(delta.contradictions()).isEmpty();
        assertThat(delta.steps()).extracting(ImportStep::command).containsExactly(
                new ReportGoalMonth(goal(2).goalId(), YearMonth.of(2022, 9), MonthMark.FALLING, ACTOR, null, null),
                new ReportGoalMonth(goal(9).goalId(), YearMonth.of(2022, 8), MonthMark.RISING, ACTOR, null, null),
                new ReportGoalMonth(goal(9).goalId(), YearMonth.of(2022, 9), MonthMark.AS_PLANNED, ACTOR, null, null),
                new CommentOnGoal(goal(9).goalId(), "Marknadsplanen revideras.", LocalDate.of(2022, 9, 30), ACTOR,
                        null, null));
        assertThat(delta.added()).extracting(FollowUpAddition::entity).containsExactly(PLAN + "-omrade-2",
                PLAN + "-omrade-9");
        var area9 = delta.added().get(1);
        assertThat(area9.line()).isEqualTo(august.area(9).sourceLine());
        assertThat(area9.title()).isEqualTo("Vaggeryd som varumärke");
        assertThat(area9.monthMarks()).containsExactly(
                new FollowUpAddition.Mark(YearMonth.of(2022, 8), MonthMark.RISING),
                new FollowUpAddition.Mark(YearMonth.of(2022, 9), MonthMark.AS_PLANNED));
        assertThat(area9.comments()).containsExactly(new FollowUpAddition.Comment(LocalDate.of(2022, 9, 30),
                "Marknadsplanen revideras."));
    }

    @Test
    void theSameFollowUpAgainAddsNothing() {
        var september = september(area -> with(area, marks(area, Month.SEPTEMBER, MonthMark.AS_PLANNED), "Klart."));
        var first = PlanDelta.of(september, augustPlan, 2022, ACTOR);
        var afterFirst = LedgerOfSteps.contents(PLAN, augustSteps(), first.steps());

        var second = PlanDelta.of(september, afterFirst, 2022, ACTOR);

        assertThat(first.steps()).hasSize(2 * august.areas().size());
        assertThat(second.contradictions()).isEmpty();
        assertThat(second.steps()).isEmpty();
    }

    @Test
    void aChangedMarkIsRefusedWithItsLineAndTheTwoMarks() {
        var changed = september(area -> area.number() == 1
                ? with(area, marks(area, Month.FEBRUARY, MonthMark.FALLING), area.followUpText()) : area);

        var delta = PlanDelta.of(changed, augustPlan, 2022, ACTOR);

        assertThat(delta.contradictions()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(august.area(1).sourceLine());
            assertThat(problem.reason()).contains("utvecklingsområde 1", "februari 2022", "↓ i filen", "⇒ i planen",
                    "rättelse");
        });
    }

    @Test
    void aMarkThePlanHasAndTheFileLacksIsAContradiction() {
        var fewer = september(area -> {
            if (area.number() != 8) {
                return area;
            }
            var marks = new EnumMap<>(area.marks());
            marks.remove(Month.MARCH);
            return with(area, marks, area.followUpText());
        });

        assertThat(PlanDelta.of(fewer, augustPlan, 2022, ACTOR).contradictions()).singleElement()
                .satisfies(problem -> assertThat(problem.reason()).contains("mars 2022", "filen har ingen"));
    }

    @Test
    void aChangedTitleANewAndAMissingActivityAndAMissingAreaAreEachNamed() {
        var table = september(area -> switch (area.number()) {
            case 3 -> new Area(3, "Mötesplatser i hela kommunen", area.desiredEffects(), area.activities(),
                    area.responsibility(), area.marks(), area.followUpText(), area.sourceLine());
            case 6 -> new Area(6, area.title(), area.desiredEffects(), area.activities().subList(0, 1),
                    area.responsibility(), area.marks(), area.followUpText(), area.sourceLine());
            case 8 -> new Area(8, area.title(), area.desiredEffects(), append(area.activities(), "Ny festival"),
                    area.responsibility(), area.marks(), area.followUpText(), area.sourceLine());
            default -> area;
        });
        var withoutArea13 = new PlanTable(table.followUpMonthName(), table.followUpMonth(),
                table.areas().subList(0, 12), table.signatures());

        var problems = PlanDelta.of(withoutArea13, augustPlan, 2022, ACTOR).contradictions();

        assertThat(problems).extracting(ImportProblem::reason).anySatisfy(r -> assertThat(r)
                .contains("titeln är 'Mötesplatser i hela kommunen' i filen men 'Mötesplatser' i planen"));
        assertThat(problems).filteredOn(p -> p.line() == august.area(6).sourceLine()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.reason()).contains("finns i planen men saknas i filen"));
        assertThat(problems).extracting(ImportProblem::reason).anySatisfy(r -> assertThat(r)
                .contains("'Ny festival'", "finns inte i planen"));
        assertThat(problems).extracting(ImportProblem::reason).anySatisfy(r -> assertThat(r)
                .contains("utvecklingsområde 13 ('Investeringar och exploateringar') finns i planen men saknas"));
        assertThat(problems).allSatisfy(p -> assertThat(p.column()).isIn(null, "1", "2", "3", "4"));
    }

    @Test
    void anotherStatusTextForTheSameMonthFromAnImportIsAContradiction() {
        var rewritten = new PlanTable(august.followUpMonthName(), august.followUpMonth(), august.areas().stream()
                .map(area -> area.number() == 12 ? with(area, area.marks(), "Grupp 5 avslutad.") : area).toList(),
                august.signatures());

        assertThat(PlanDelta.of(rewritten, augustPlan, 2022, ACTOR).contradictions()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("statustexten för augusti 2022", "annan lydelse"));
    }

    private static List<ImportStep> augustSteps() {
        return PlanTableTranslator.translate(august, "Vaggeryds kommun", 2022, "import:" + AUGUST);
    }

    private static ReportGoalMonth goal(int area) {
        return new ReportGoalMonth(new se.ledger.events.GoalId(PLAN + "-omrade-" + area), null, null, null, null,
                null);
    }

    /** The August areas as September's table without status texts, each changed by {@code change}. */
    private static PlanTable september(UnaryOperator<Area> change) {
        return new PlanTable("SEPTEMBER", Month.SEPTEMBER, august.areas().stream()
                .map(area -> change.apply(with(area, area.marks(), ""))).toList(), august.signatures());
    }

    private static Map<Month, MonthMark> marks(Area area, Object... monthsAndMarks) {
        var marks = new EnumMap<Month, MonthMark>(Month.class);
        marks.putAll(area.marks());
        for (int i = 0; i < monthsAndMarks.length; i += 2) {
            marks.put((Month) monthsAndMarks[i], (MonthMark) monthsAndMarks[i + 1]);
        }
        return marks;
    }

    private static Area with(Area area, Map<Month, MonthMark> marks, String text) {
        return new Area(area.number(), area.title(), area.desiredEffects(), area.activities(), area.responsibility(),
                marks, text, area.sourceLine());
    }

    private static List<String> append(List<String> list, String item) {
        var longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }
}
