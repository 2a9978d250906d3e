package se.ledger.command.web;

/** Other writes to the entity kept it busy longer than a writer may wait. */
class EntityBusy extends RuntimeException {

    EntityBusy(String entityId) {
        super("Objektet " + entityId + " ändras av många samtidigt just nu; försök igen om en stund.");
    }
}
