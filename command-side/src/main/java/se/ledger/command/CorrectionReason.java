package se.ledger.command;

import se.ledger.platform.InvalidInput;

/** The rule "a correction says why": checked where a request is read and where an aggregate takes it, alike. */
public final class CorrectionReason {

    private CorrectionReason() {
    }

    /** @throws InvalidInput naming the field {@code reason} when there is no reason */
    public static void check(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "en rättelse måste ange skäl");
        }
    }
}
