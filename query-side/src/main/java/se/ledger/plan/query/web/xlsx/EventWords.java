package se.ledger.plan.query.web.xlsx;

import java.util.Map;

/** The audit trail's words for event types and fields, as the entity page shows them (static/js/entity.js). */
final class EventWords {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("PlanRegistered", "Plan registrerad"),
            Map.entry("DecisionRecorded", "Beslut registrerat"),
            Map.entry("PlanAdopted", "Plan antagen"),
            Map.entry("GoalDefined", "Mål fastställt"),
            Map.entry("GoalRevised", "Mål reviderat"),
            Map.entry("IndicatorDefined", "Nyckeltal fastställt"),
            Map.entry("IndicatorTargetRevised", "Målvärde reviderat"),
            Map.entry("IndicatorRevised", "Nyckeltal reviderat (giltighet, målvärden per år)"),
            Map.entry("PrognosisRuleChanged", "Prognosregel beslutad"),
            Map.entry("MeasurementRecorded", "Utfall registrerat"),
            Map.entry("ActivityPlanned", "Aktivitet planerad"),
            Map.entry("ActivityStatusChanged", "Status rapporterad"),
            Map.entry("ActivityRescheduled", "Aktivitet omplanerad"),
            Map.entry("ActivityReassigned", "Ny ansvarig"),
            Map.entry("CommentAdded", "Kommentar"),
            Map.entry("MonthReported", "Månadsmarkering"),
            Map.entry("PrognosisStated", "Prognos angiven"),
            Map.entry("ReportIssued", "Rapport utfärdad"),
            Map.entry("ReportCalendarAdopted", "Rapportkalender fastställd"),
            Map.entry("TextRedacted", "Text maskerad"));

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("title", "Titel"), Map.entry("name", "Namn"), Map.entry("organisation", "Organisation"),
            Map.entry("periodStart", "Periodens början"), Map.entry("periodEnd", "Periodens slut"),
            Map.entry("decision", "Beslut"), Map.entry("status", "Status"), Map.entry("explanation", "Förklaring"),
            Map.entry("text", "Text"), Map.entry("mark", "Markering"), Map.entry("month", "Månad"),
            Map.entry("prognosis", "Prognos"), Map.entry("motivation", "Motivering"), Map.entry("value", "Värde"),
            Map.entry("noNewData", "Inga nya data"), Map.entry("comment", "Kommentar"), Map.entry("unit", "Enhet"),
            Map.entry("baseline", "Ingångsvärde"), Map.entry("target", "Önskat läge"),
            Map.entry("approvesReport", "Godkänner rapport"), Map.entry("reportId", "Rapport"),
            Map.entry("occasions", "Rapporttillfällen"), Map.entry("monthly", "Månadsuppföljning"),
            Map.entry("source", "Källa"), Map.entry("responsible", "Ansvarig"), Map.entry("partners", "Samverkan med"),
            Map.entry("start", "Start"), Map.entry("end", "Slut"), Map.entry("desiredState", "Önskat läge"),
            Map.entry("description", "Beskrivning"), Map.entry("goalIds", "Mål"), Map.entry("reason", "Skäl"),
            Map.entry("area", "Målområde"), Map.entry("direction", "Inriktningsmål"), Map.entry("sdgs", "Agenda 2030"),
            Map.entry("desiredEffects", "Önskad effekt"), Map.entry("ambition", "Ambitionsnivå"),
            Map.entry("parentGoalId", "Övermål"), Map.entry("kind", "Slag"), Map.entry("targets", "Målvärden per år"),
            Map.entry("validTo", "Gäller till och med"), Map.entry("judgement", "Kvalitativ bedömning"),
            Map.entry("assessedBy", "Bedömd av"), Map.entry("level", "Nivå"), Map.entry("contributesTo", "Bidrar till"),
            Map.entry("purpose", "Syfte"), Map.entry("strategies", "Strategier"), Map.entry("risks", "Risker"),
            Map.entry("reportDate", "Rapportdatum"), Map.entry("issuedAt", "Utfärdad"));

    private EventWords() {
    }

    static String type(String type) {
        return TYPES.getOrDefault(type, type);
    }

    static String field(String field) {
        return FIELDS.getOrDefault(field, field);
    }
}
