package se.ledger.command.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import se.ledger.events.DecisionRef;
import se.ledger.platform.input.InputRules;

/** A decision cited in full ({body, date, paragraph}) or, as a plain string, by its recorded id. */
public record DecisionBody(String id, String body, LocalDate date, String paragraph, String subject) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DecisionBody recorded(String id) {
        // Jackson hands a plain string to this creator without the strict text deserializer
        String problem = id == null ? null : InputRules.textProblem(id);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new DecisionBody(id, null, null, null, null);
    }

    public DecisionRef toRef() {
        return new DecisionRef(id, body, date, paragraph, subject);
    }

    public static DecisionRef toRef(DecisionBody body) {
        return body == null ? null : body.toRef();
    }
}
