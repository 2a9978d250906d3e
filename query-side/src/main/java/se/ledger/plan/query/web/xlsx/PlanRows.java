package se.ledger.plan.query.web.xlsx;

import static se.ledger.plan.query.web.xlsx.PlanSheet.cells;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.ledger.events.Judgement;
import se.ledger.plan.query.PlanViews.ActivityView;
import se.ledger.plan.query.PlanViews.GoalLink;
import se.ledger.plan.query.PlanViews.GoalView;
import se.ledger.plan.query.PlanViews.IndicatorView;
import se.ledger.plan.query.PlanViews.PlanView;
import se.ledger.platform.Vocabulary;

/**
 * The plan view as the spreadsheet's rows: the plan, its goals (parents first), their indicators and activities,
 * and the measurements. Lists go one item per line in their cell, as the import splits them.
 */
final class PlanRows {

    private PlanRows() {
    }

    static List<Map<String, Object>> of(ReportContent content) {
        PlanView plan = content.plan();
        var facts = new EventTrail(content.trail(), content.asOf(), content.validAt());
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(cells("typ", "PLAN", "id", plan.id(), "titel", plan.title(), "organisation", plan.organisation(),
                "nivå", plan.level() == null ? null : Vocabulary.label(plan.level()), "start", plan.periodStart(),
                "slut", plan.periodEnd()));
        List<GoalView> goals = new ArrayList<>();
        plan.goals().forEach(g -> flatten(g, goals));
        goals.forEach(g -> rows.add(goal(plan.id(), g, facts)));
        Map<String, IndicatorView> indicators = new LinkedHashMap<>();
        Map<String, ActivityView> activities = new LinkedHashMap<>();
        for (GoalView goal : goals) {
            for (IndicatorView indicator : goal.indicators()) {
                if (indicators.putIfAbsent(indicator.id(), indicator) == null) {
                    rows.add(IndicatorRow.of(goal.id(), indicator, facts));
                }
            }
            goal.activities().forEach(a -> activities.putIfAbsent(a.id(), a));
        }
        activities.values().forEach(a -> rows.add(activity(a, facts)));
        facts.measurements(indicators.keySet()).forEach(m -> rows.add(cells("typ", "MÄTNING", "nyckeltal",
                m.indicatorId(), "datum", m.date(), "värde", m.noNewData() ? "inga nya data" : m.value(),
                "bedömning", m.judgement() == null ? null : Vocabulary.label(Judgement.valueOf(m.judgement())),
                "kommentar", m.comment())));
        return rows;
    }

    private static void flatten(GoalView goal, List<GoalView> into) {
        into.add(goal);
        goal.goals().forEach(g -> flatten(g, into));
    }

    private static Map<String, Object> goal(String planId, GoalView g, EventTrail facts) {
        String ends = g.validTo() == null ? null
                : facts.endDecision("GoalRevised", "goalId", g.id(), g.validTo()).orElse(null);
        return cells("typ", "MÅL", "id", g.id(), "titel", g.title(), "plan", planId, "överordnat mål",
                g.parentGoalId(), "målområde", g.area(), "inriktningsmål", g.direction() ? "ja" : "nej",
                "önskade effekter", lines(g.desiredEffects()), "agenda 2030", g.sdgs() == null || g.sdgs().isEmpty()
                        ? null : g.sdgs().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                "bidrar till", g.contributesTo() == null || g.contributesTo().isEmpty() ? null
                        : g.contributesTo().stream().map(GoalLink::goalId).collect(Collectors.joining(", ")),
                "syfte", g.purpose(), "strategier", lines(g.strategies()), "risker", lines(g.risks()),
                "gäller till", ends == null ? null : g.validTo(), "beslut", ends, "ambitionsnivå", g.ambition());
    }

    private static Map<String, Object> activity(ActivityView a, EventTrail facts) {
        boolean reported = a.status() != null && !"NOT_STARTED".equals(a.status());
        var statusDate = reported ? facts.statusDate(a.id()).orElse(null) : null;
        return cells("typ", "AKTIVITET", "id", a.id(), "titel", a.title(), "mål", String.join(", ", a.goalIds()),
                "ansvarig", a.responsible() == null ? null : a.responsible().person(), "ansvarig enhet",
                a.responsible() == null ? null : a.responsible().unit(), "start", a.start(), "slut", a.end(),
                "status", statusDate == null ? null : a.statusLabel(), "statusdatum", statusDate,
                "förklaring", statusDate == null ? null : a.explanation(), "beskrivning", a.description(),
                "samverkan med", lines(a.partners()), "önskat läge", a.desiredState());
    }

    static String lines(List<String> items) {
        return items == null || items.isEmpty() ? null : String.join("\n", items);
    }
}
