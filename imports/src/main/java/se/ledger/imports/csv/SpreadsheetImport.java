package se.ledger.imports.csv;

import java.util.List;
import java.util.Optional;

/** Everything one spreadsheet file defines, each kind in file order. */
public record SpreadsheetImport(String fileName, List<SheetPlan> plans, List<SheetGoal> goals,
        List<SheetIndicator> indicators, List<SheetActivity> activities, List<SheetMeasurement> measurements) {

    public SpreadsheetImport {
        plans = List.copyOf(plans);
        goals = List.copyOf(goals);
        indicators = List.copyOf(indicators);
        activities = List.copyOf(activities);
        measurements = List.copyOf(measurements);
    }

    public Optional<SheetGoal> goal(String id) {
        return goals.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<SheetIndicator> indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<SheetActivity> activity(String id) {
        return activities.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public List<SheetMeasurement> measurementsOf(String indicatorId) {
        return measurements.stream().filter(m -> m.indicatorId().equals(indicatorId)).toList();
    }
}
