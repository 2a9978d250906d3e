package se.ledger.imports.csv;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ledger.command.Decisions;
import se.ledger.events.DecisionRef;

/**
 * "gäller till" and "beslut" of a MÅL or NYCKELTAL: in the ledger an end is a revision, which names its
 * decision as the API's revisions do: organ, date and paragraph, written as a citation "KS 2022-09-26 § 91".
 */
final class ValidityCells {

    private static final Pattern CITATION = Pattern.compile("(.+?)\\s+(\\d{4}-\\d{2}-\\d{2})\\s*§\\s*(\\S.*)");

    private ValidityCells() {
    }

    /** @param today the ledger's today, or LocalDate.MAX when the parse has no clock */
    static SheetValidity read(RowCells row, LocalDate today) {
        LocalDate validTo = row.date(SheetColumn.VALID_TO, false);
        String cited = row.text(SheetColumn.DECISION);
        if (row.text(SheetColumn.VALID_TO) == null) {
            if (cited != null) {
                row.problem(SheetColumn.DECISION, "ett beslut utan 'gäller till': fyll i den sista dagen som "
                        + "beslutet anger, eller lämna beslut tomt");
            }
            return null;
        }
        if (cited == null) {
            row.problem(SheetColumn.DECISION, "'gäller till' " + row.text(SheetColumn.VALID_TO) + " behöver beslutet "
                    + "som anger det: organ, datum och paragraf (t.ex. KS 2022-09-26 § 91)"
                    + (row.hasColumn(SheetColumn.DECISION) ? "" : " (rubrikraden saknar kolumnen 'beslut')"));
            return null;
        }
        Optional<DecisionRef> decision = decision(cited);
        if (decision.isEmpty()) {
            row.problem(SheetColumn.DECISION, "inte ett beslut: '" + cited + "' (skriv organ, datum och paragraf, "
                    + "t.ex. KS 2022-09-26 § 91)");
            return null;
        }
        if (!today.equals(LocalDate.MAX)) {
            LedgerRules.check(row, Map.of(), SheetColumn.DECISION, () -> Decisions.requireComplete(decision.get(),
                    Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)));
        }
        return validTo == null ? null : new SheetValidity(validTo, decision.get());
    }

    static Optional<DecisionRef> decision(String text) {
        Matcher m = CITATION.matcher(Labels.trim(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DecisionRef(null, Labels.trim(m.group(1)), LocalDate.parse(m.group(2)),
                    Labels.trim(m.group(3)), null));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
