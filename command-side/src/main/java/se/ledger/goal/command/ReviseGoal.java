package se.ledger.goal.command;

import java.time.LocalDate;
import se.ledger.events.DecisionRef;
import se.ledger.events.GoalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.Correction;

/** Null fields (title, ambition, the texts' parts, validTo) mean unchanged. */
public record ReviseGoal(
        @TargetAggregateIdentifier GoalId goalId,
        String title,
        String ambition,
        DecisionRef decision,
        String reason,
        LocalDate effectiveDate,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion,
        GoalTexts texts,
        LocalDate validTo) {

    /** A revision of title or ambition only. */
    public ReviseGoal(GoalId goalId, String title, String ambition, DecisionRef decision, String reason,
            LocalDate effectiveDate, String actor, Correction correction, Long expectedVersion) {
        this(goalId, title, ambition, decision, reason, effectiveDate, actor, correction, expectedVersion, null,
                null);
    }

    /** The goal texts, never null: an empty set when none were given. */
    public GoalTexts textsOrNone() {
        return texts == null ? GoalTexts.NONE : texts;
    }
}
