package se.ledger.plan.query.web;

import java.util.ArrayList;
import java.util.List;
import se.ledger.plan.query.PlanViews.AuditEvent;
import se.ledger.plan.query.PlanViews.ChangesView;
import se.ledger.plan.query.PlanViews.HistoryView;
import se.ledger.plan.query.PlanViews.PrognosesView;
import se.ledger.platform.Vocabulary;

/** The read answers that are tables, as the spreadsheet a user downloads: Swedish headers, one row each. */
final class CsvTables {

    private CsvTables() {
    }

    static Csv history(HistoryView history) {
        var csv = new Csv();
        var header = new ArrayList<Object>(List.of("typ", "id", "titel"));
        history.rows().stream().findFirst().ifPresent(r -> r.months().forEach(m -> {
            header.add(m.month() + " status");
            header.add(m.month() + " markering");
            header.add(m.month() + " kommentarer");
        }));
        csv.row(header);
        for (var row : history.rows()) {
            var cells = new ArrayList<Object>(List.of(row.kind().equals("goal") ? "mål" : "aktivitet", row.id(),
                    row.title()));
            for (var m : row.months()) {
                cells.add(row.kind().equals("goal") ? (m.prognosis() == null ? null : Vocabulary.label(m.prognosis()))
                        : m.statusLabel());
                cells.add(m.markSymbol());
                cells.add(String.join(" | ", m.comments()));
            }
            csv.row(cells);
        }
        return csv;
    }

    static Csv prognoses(PrognosesView prognoses) {
        var csv = new Csv().row("mål", "titel", "beräknad", "angiven", "motivering", "avviker", "skäl");
        for (var p : prognoses.prognoses()) {
            csv.row(p.goalId(), p.title(), p.computed() == null ? null : Vocabulary.label(p.computed()),
                    p.stated() == null ? null : Vocabulary.label(p.stated()), p.motivation(), p.differs() ? "ja" : "nej",
                    String.join(" | ", p.reasons().stream().map(r -> r.assessment() + ": " + r.text()).toList()));
        }
        return csv;
    }

    static Csv events(List<AuditEvent> events) {
        var csv = new Csv().row("händelse", "typ", "gäller från", "registrerad", "av", "rättar", "skäl", "rättad av",
                "data");
        for (var e : events) {
            csv.row(e.eventId(), e.type(), e.effectiveDate(), e.recordedAt(), e.actor(), e.corrects(),
                    e.correctionReason(), e.correctedBy(), e.data());
        }
        return csv;
    }

    static Csv changes(ChangesView changes) {
        var csv = new Csv().row("typ", "id", "fält", "före", "efter", "ändring", "av", "registrerad", "gäller från",
                "rättelseskäl", "händelse");
        for (var c : changes.changes()) {
            csv.row(c.kind(), c.id(), c.field(), c.before(), c.after(), c.change(), c.actor(), c.recordedAt(),
                    c.effectiveDate(), c.correctionReason(), c.eventId());
        }
        return csv;
    }
}
