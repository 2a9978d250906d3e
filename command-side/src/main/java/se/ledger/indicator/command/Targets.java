package se.ledger.indicator.command;

import java.util.HashSet;
import java.util.List;
import se.ledger.command.RuleViolation;
import se.ledger.events.Baseline;
import se.ledger.events.IndicatorKind;
import se.ledger.events.Target;
import se.ledger.events.YearTarget;

/**
 * What an indicator may aim at: a target (a number by a date, a direction, or a qualitative text:
 * exactly one) or a path of yearly values, never both; a flow aims at numbers. A baseline is a
 * number with its date or a text.
 */
public final class Targets {

    private Targets() {
    }

    public static void check(IndicatorKind kind, Target target, List<YearTarget> targets) {
        if (targets != null && !targets.isEmpty()) {
            if (target != null) {
                throw new RuleViolation("targets", "Ange antingen target eller targets (målvärden per år), inte båda.");
            }
            yearly(targets);
            return;
        }
        check(target);
        if (kind == IndicatorKind.FLOW && !target.numeric()) {
            throw new RuleViolation("target", "Ett flödesmått har ett målvärde för året, inte en riktning eller text.");
        }
    }

    public static void check(Target target) {
        if (target == null) {
            throw new RuleViolation("target", "Ett nyckeltal måste ha ett önskat läge.");
        }
        int kinds = (target.value() != null ? 1 : 0) + (target.direction() != null ? 1 : 0)
                + (target.text() != null && !target.text().isBlank() ? 1 : 0);
        if (kinds != 1) {
            throw new RuleViolation("target",
                    "Önskat läge anges som exakt ett av: värde, riktning (INCREASE/DECREASE) eller text.");
        }
        if (target.numeric() && target.date() == null) {
            throw new RuleViolation("target.date", "Ett målvärde måste ha ett datum då det ska vara nått.");
        }
    }

    public static void yearly(List<YearTarget> targets) {
        var years = new HashSet<Integer>();
        for (YearTarget t : targets) {
            if (t == null || t.value() == null || t.year() < 1900 || t.year() > 2200) {
                throw new RuleViolation("targets", "Varje målvärde per år anges som {year, value}.");
            }
            if (!years.add(t.year())) {
                throw new RuleViolation("targets", "Året " + t.year() + " har två målvärden.");
            }
        }
    }

    public static void check(Baseline baseline) {
        if (baseline == null) {
            return;
        }
        boolean text = baseline.text() != null && !baseline.text().isBlank();
        if (text == (baseline.value() != null)) {
            throw new RuleViolation("baseline", "Ingångsvärdet anges som ett värde eller en text, inte båda.");
        }
        if (!text && baseline.date() == null) {
            throw new RuleViolation("baseline.date", "Ett ingångsvärde måste ha det datum det mättes.");
        }
    }
}
