package se.ledger.reports.document;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import se.ledger.events.ActivityStatus;
import se.ledger.events.Baseline;
import se.ledger.events.DecisionRef;
import se.ledger.events.Prognosis;
import se.ledger.events.Target;
import se.ledger.platform.Vocabulary;

/** The report's Swedish words and numbers; the codes' words come from the ledger's one vocabulary. */
final class Words {

    private Words() {
    }

    static String prognosis(Prognosis prognosis) {
        return prognosis == null ? "Ingen angiven" : Vocabulary.label(prognosis);
    }

    /** The traffic light's colour, as on the overview. */
    static String tone(Prognosis prognosis) {
        if (prognosis == null) {
            return null;
        }
        return switch (prognosis) {
            case MET -> "green";
            case PARTLY_MET -> "yellow";
            case NOT_MET -> "red";
            case NOT_ASSESSABLE -> "grey";
        };
    }

    /** An activity's colour: deviations yellow, running or done as planned green, the rest grey. */
    static String statusTone(String status) {
        if (status == null) {
            return null;
        }
        var code = ActivityStatus.valueOf(status);
        if (code.needsExplanation()) {
            return "yellow";
        }
        return code == ActivityStatus.ON_TRACK || code == ActivityStatus.COMPLETED ? "green" : "grey";
    }

    static String number(BigDecimal value) {
        var format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE")));
        return format.format(value);
    }

    static String withUnit(BigDecimal value, String unit) {
        return number(value) + (unit == null || unit.isBlank() ? "" : " " + unit);
    }

    static String baseline(Baseline baseline, String unit) {
        if (baseline == null) {
            return "–";
        }
        String value = baseline.value() != null ? withUnit(baseline.value(), unit) : baseline.text();
        return baseline.date() == null ? value : value + " (" + baseline.date() + ")";
    }

    static String target(Target target, BigDecimal yearTarget, String unit) {
        if (yearTarget != null) {
            return withUnit(yearTarget, unit) + " (årets mål)";
        }
        if (target == null) {
            return "–";
        }
        String text = target.value() != null ? withUnit(target.value(), unit)
                : target.direction() != null ? Vocabulary.label(target.direction()) : target.text();
        return target.date() == null ? text : text + " (" + target.date() + ")";
    }

    /** "KS 2022-09-26 § 91 (Delårsrapport augusti)", as the pages cite a decision. */
    static String decision(DecisionRef decision) {
        if (decision == null) {
            return "";
        }
        var parts = new java.util.ArrayList<String>();
        Stream.of(decision.body(), decision.date()).filter(Objects::nonNull).forEach(part -> parts.add(part.toString()));
        if (decision.paragraph() != null) {
            parts.add("§ " + decision.paragraph());
        }
        String citation = String.join(" ", parts);
        return decision.subject() != null ? citation + " (" + decision.subject() + ")" : citation;
    }

    static String month(int month) {
        return Vocabulary.month(month, true);
    }

    static String monthName(int month) {
        return Vocabulary.month(month, false);
    }
}
