package se.ledger.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import se.ledger.command.RuleViolation;
import se.ledger.platform.Actor;
import se.ledger.platform.Sha256;

/**
 * The Idempotency-Key header: the first answer under a (user, key) is kept, a retry of the same
 * request gets it again, a different request under the same key is refused. Both calls run in
 * the write's own transaction, so a retry finds the first answer or nothing.
 */
@Component
class Idempotency {

    /** One request's key (null when it carries none) and a fingerprint of what it asked. */
    record Ticket(String actor, String key, String requestHash) {
    }

    private final IdempotencyKeys keys;
    private final ObjectMapper json;
    private final HttpServletRequest request;

    Idempotency(IdempotencyKeys keys, ObjectMapper json, HttpServletRequest request) {
        this.keys = keys;
        this.json = json;
        this.request = request;
    }

    /** Read on the request's thread, before the write starts; a request without a key costs no fingerprint. */
    Ticket ticket(Object body) {
        String key = request.getHeader("Idempotency-Key");
        return new Ticket(Actor.current(), key, key == null ? null
                : Sha256.hex(request.getMethod() + " " + request.getRequestURI() + "\n" + toJson(body)));
    }

    /** Claims the key, or answers as the first request under it was answered. */
    Optional<ResponseEntity<WriteResult>> earlierAnswer(Ticket ticket) {
        if (ticket.key() == null) {
            return Optional.empty();
        }
        return keys.claim(ticket.actor(), ticket.key(), ticket.requestHash()).map(earlier -> replay(earlier, ticket));
    }

    void remember(Ticket ticket, ResponseEntity<WriteResult> answer) {
        if (ticket.key() != null) {
            String location = answer.getHeaders().getLocation() == null ? null
                    : answer.getHeaders().getLocation().toString();
            keys.complete(ticket.actor(), ticket.key(), answer.getStatusCode().value(), toJson(answer.getBody()),
                    location);
        }
    }

    private ResponseEntity<WriteResult> replay(IdempotencyKeys.Answer earlier, Ticket ticket) {
        if (!earlier.requestHash().equals(ticket.requestHash())) {
            throw new RuleViolation("Idempotency-Key",
                    "Nyckeln har redan använts för en annan begäran; välj en ny nyckel.");
        }
        try {
            return json.readValue(earlier.body(), WriteResult.class)
                    .toResponse(HttpStatus.valueOf(earlier.status()), earlier.location());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored idempotent answer unreadable", e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
