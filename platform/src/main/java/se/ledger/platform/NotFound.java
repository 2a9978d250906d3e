package se.ledger.platform;

/** An id in the request names nothing the ledger knows. */
public class NotFound extends RuntimeException {

    public NotFound(String what, String id) {
        super(what + " " + id + " finns inte");
    }
}
