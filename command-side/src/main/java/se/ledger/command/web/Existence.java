package se.ledger.command.web;

import org.springframework.stereotype.Component;
import se.ledger.command.Directory;
import se.ledger.events.EntityKind;
import se.ledger.events.PlanId;
import se.ledger.platform.InvalidInput;
import se.ledger.platform.NotFound;
import se.ledger.platform.Vocabulary;

/** 404 for ids that name nothing of the right kind, 409 for new ids already in use. */
@Component
public class Existence {

    private final Directory directory;

    Existence(Directory directory) {
        this.directory = directory;
    }

    public PlanId require(EntityKind kind, String id) {
        return directory.planOf(kind, id).orElseThrow(() -> new NotFound(Vocabulary.definite(kind), id));
    }

    void requireFree(String id) {
        directory.kindOf(id).ifPresent(kind -> {
            throw new Conflict("Id " + id + " används redan (" + Vocabulary.indefinite(kind) + ").");
        });
    }

    /** The id a definition is about: the one it corrects, or the client's new one, or a fresh one. */
    public String idFor(EntityKind kind, String corrects, String givenId) {
        return corrects != null ? requireForCorrection(kind, givenId) : Requests.idOrNew(givenId);
    }

    /** A corrected definition names the entity it corrects by the id it was created with. */
    String requireForCorrection(EntityKind kind, String id) {
        if (id == null) {
            throw new InvalidInput("id", "en rättelse av en definition måste ange id för det som rättas");
        }
        require(kind, id);
        return id;
    }
}
