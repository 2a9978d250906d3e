package se.ledger.command.web;

/** The request collides with what exists (an id in use, a stale version): answered 409. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
