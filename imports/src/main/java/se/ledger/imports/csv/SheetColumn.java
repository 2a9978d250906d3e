package se.ledger.imports.csv;

import static se.ledger.imports.csv.SheetRowType.ACTIVITY;
import static se.ledger.imports.csv.SheetRowType.GOAL;
import static se.ledger.imports.csv.SheetRowType.INDICATOR;
import static se.ledger.imports.csv.SheetRowType.MEASUREMENT;
import static se.ledger.imports.csv.SheetRowType.PLAN;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The columns of the sheet, their Swedish headers and the kinds of row that use them. */
enum SheetColumn {
    TYPE("typ", PLAN, GOAL, INDICATOR, ACTIVITY, MEASUREMENT),
    ID("id", PLAN, GOAL, INDICATOR, ACTIVITY),
    TITLE("titel", PLAN, GOAL, INDICATOR, ACTIVITY),
    ORGANISATION("organisation", PLAN),
    LEVEL("nivå", PLAN),
    PLAN_ID("plan", GOAL),
    PARENT_GOAL("överordnat mål", GOAL),
    GOALS("mål", INDICATOR, ACTIVITY),
    INDICATOR_ID("nyckeltal", MEASUREMENT),
    GOAL_AREA("målområde", GOAL),
    DIRECTION_GOAL("inriktningsmål", GOAL),
    DESIRED_EFFECTS("önskade effekter", GOAL),
    SDGS("agenda 2030", GOAL),
    CONTRIBUTES_TO("bidrar till", GOAL),
    PURPOSE("syfte", GOAL),
    STRATEGIES("strategier", GOAL),
    RISKS("risker", GOAL),
    AMBITION("ambitionsnivå", GOAL),
    KIND("måttslag", INDICATOR),
    UNIT("enhet", INDICATOR),
    BASELINE_VALUE("ingångsvärde", INDICATOR),
    BASELINE_DATE("ingångsdatum", INDICATOR),
    BASELINE_TEXT("ingångsbeskrivning", INDICATOR),
    TARGET_VALUE("målvärde", INDICATOR),
    TARGET_DIRECTION("riktning", INDICATOR),
    TARGET_TEXT("målbeskrivning", INDICATOR),
    TARGET_DATE("måldatum", INDICATOR),
    YEAR_TARGETS("målvärden per år", INDICATOR),
    SOURCE("källa", INDICATOR),
    VALID_TO("gäller till", GOAL, INDICATOR),
    DECISION("beslut", GOAL, INDICATOR),
    RESPONSIBLE("ansvarig", ACTIVITY),
    RESPONSIBLE_UNIT("ansvarig enhet", ACTIVITY),
    START("start", PLAN, ACTIVITY),
    END("slut", PLAN, ACTIVITY),
    STATUS("status", ACTIVITY),
    STATUS_DATE("statusdatum", ACTIVITY),
    EXPLANATION("förklaring", ACTIVITY),
    DESCRIPTION("beskrivning", ACTIVITY),
    PARTNERS("samverkan med", ACTIVITY),
    DESIRED_STATE("önskat läge", ACTIVITY),
    DATE("datum", MEASUREMENT),
    VALUE("värde", MEASUREMENT),
    JUDGEMENT("bedömning", MEASUREMENT),
    COMMENT("kommentar", MEASUREMENT);

    private final String header;
    private final Set<SheetRowType> usedBy;

    SheetColumn(String header, SheetRowType first, SheetRowType... more) {
        this.header = header;
        this.usedBy = EnumSet.of(first, more);
    }

    String header() {
        return header;
    }

    boolean isUsedBy(SheetRowType type) {
        return usedBy.contains(type);
    }

    static Optional<SheetColumn> fromHeader(String text) {
        String key = Labels.normalize(text);
        return Arrays.stream(values()).filter(c -> Labels.normalize(c.header).equals(key)).findFirst();
    }
}
