package se.ledger.imports.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.ledger.command.Period;

/**
 * MÅL: id and titel required; plan required unless the file holds exactly one PLAN; överordnat mål, målområde,
 * inriktningsmål (ja/nej), önskade effekter, strategier and risker (lists, ListCells), agenda 2030 ("1,3"),
 * bidrar till (goal ids), syfte, ambitionsnivå, and gäller till with its beslut optional.
 */
final class GoalRowReader {

    private static final List<String> YES = List.of("ja", "j", "x");
    private static final List<String> NO = List.of("nej", "n");

    private GoalRowReader() {
    }

    static SheetGoal read(RowCells row, List<SheetPlan> plans, LocalDate today) {
        String id = Ids.required(row, SheetColumn.ID);
        String title = row.required(SheetColumn.TITLE);
        String plan = row.text(SheetColumn.PLAN_ID);
        if (plan == null && plans.size() == 1) {
            plan = plans.get(0).id();
        } else if (plan == null) {
            row.problem(SheetColumn.PLAN_ID, plans.isEmpty() ? "måste fyllas i: filen har ingen PLAN-rad"
                    : "måste fyllas i när filen har mer än en PLAN");
        }
        SheetValidity validity = ValidityCells.read(row, today);
        String planId = plan;
        plans.stream().filter(p -> p.id().equals(planId)).findFirst().filter(p -> validity != null)
                .ifPresent(p -> LedgerRules.check(row, Map.of(), SheetColumn.VALID_TO,
                        () -> Period.check("validTo", p.periodStart(), validity.validTo())));
        return new SheetGoal(id, plan, row.text(SheetColumn.PARENT_GOAL), title, row.text(SheetColumn.GOAL_AREA),
                directionGoal(row), ListCells.items(row.text(SheetColumn.DESIRED_EFFECTS)), sdgs(row), row.line(),
                contributesTo(row), row.text(SheetColumn.PURPOSE), ListCells.items(row.text(SheetColumn.STRATEGIES)),
                ListCells.items(row.text(SheetColumn.RISKS)), validity, row.text(SheetColumn.AMBITION));
    }

    private static List<String> contributesTo(RowCells row) {
        return row.text(SheetColumn.CONTRIBUTES_TO) == null ? List.of() : Ids.list(row, SheetColumn.CONTRIBUTES_TO);
    }

    private static boolean directionGoal(RowCells row) {
        String text = row.text(SheetColumn.DIRECTION_GOAL);
        if (text == null || NO.contains(Labels.normalize(text))) {
            return false;
        }
        if (YES.contains(Labels.normalize(text))) {
            return true;
        }
        row.problem(SheetColumn.DIRECTION_GOAL, "varken ja eller nej: '" + text + "' (skriv ja eller nej; tomt "
                + "betyder nej)");
        return false;
    }

    private static List<Integer> sdgs(RowCells row) {
        String text = row.text(SheetColumn.SDGS);
        List<Integer> sdgs = new ArrayList<>();
        if (text == null) {
            return sdgs;
        }
        for (String part : text.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("\\d{1,2}") || Integer.parseInt(part) < 1 || Integer.parseInt(part) > 17) {
                row.problem(SheetColumn.SDGS, "'" + part + "' är inget av de globala målen i Agenda 2030: skriv "
                        + "nummer 1–17 åtskilda med komma, t.ex. 1, 3");
            } else if (!sdgs.contains(Integer.parseInt(part))) {
                sdgs.add(Integer.parseInt(part));
            }
        }
        return sdgs;
    }
}
