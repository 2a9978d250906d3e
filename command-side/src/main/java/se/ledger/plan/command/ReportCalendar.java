package se.ledger.plan.command;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.ledger.command.PlanPeriod;
import se.ledger.command.RuleViolation;
import se.ledger.command.SnapshotState;
import se.ledger.events.ReportOccasion;

/**
 * The plan's reports and the calendar they follow. Before a calendar is set any date of the plan
 * period may be reported on; after, only its occasions and (when monthly) the last day of a month.
 */
@SnapshotState
final class ReportCalendar {

    private final Set<String> issued = new HashSet<>();
    private final Set<LocalDate> occasions = new HashSet<>();
    private boolean set;
    private boolean monthly;

    /** The occasions of a new calendar: each inside the plan period, no date twice. */
    static void checkOccasions(List<ReportOccasion> occasions, PlanPeriod period) {
        var seen = new HashSet<LocalDate>();
        for (ReportOccasion occasion : occasions) {
            if (!period.contains(occasion.reportDate())) {
                throw new RuleViolation("occasions", "Rapportdatumet " + occasion.reportDate()
                        + " ligger utanför planperioden " + period + ".");
            }
            if (!seen.add(occasion.reportDate())) {
                throw new RuleViolation("occasions", "Rapportdatumet " + occasion.reportDate() + " anges två gånger.");
            }
        }
    }

    void checkIssue(String reportId, LocalDate reportDate, PlanPeriod period, LocalDate today) {
        if (issued.contains(reportId)) {
            throw new RuleViolation("id", "Rapporten " + reportId + " finns redan i planen.");
        }
        if (!period.contains(reportDate)) {
            throw new RuleViolation("reportDate", "Rapportdatumet " + reportDate + " ligger utanför planperioden "
                    + period + ".");
        }
        if (reportDate.isAfter(today)) {
            throw new RuleViolation("reportDate", "Rapportdatumet " + reportDate + " har inte kommit än.");
        }
        boolean monthEnd = reportDate.equals(YearMonth.from(reportDate).atEndOfMonth());
        if (set && !occasions.contains(reportDate) && !(monthly && monthEnd)) {
            throw new RuleViolation("reportDate", "Rapportdatumet " + reportDate
                    + " är inget rapporttillfälle i planens rapportkalender.");
        }
    }

    /** A decision may only approve a report of its own plan. */
    void checkApproves(String reportId) {
        if (reportId != null && !issued.contains(reportId)) {
            throw new RuleViolation("approvesReport", "Rapporten " + reportId + " finns inte i planen.");
        }
    }

    void issued(String reportId) {
        issued.add(reportId);
    }

    void set(List<ReportOccasion> dates, boolean everyMonth) {
        set = true;
        monthly = everyMonth;
        occasions.clear();
        dates.forEach(o -> occasions.add(o.reportDate()));
    }
}
