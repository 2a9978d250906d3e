package se.ledger.proof.receipts;

import se.ledger.plan.query.PlanViews.PlanView;
import se.ledger.plan.query.SealedPlanState;
import se.ledger.proof.leaf.StateDigest;

/**
 * The state digest a receipt seals, naming the form of the plan it digests ({@link SealedPlanState}):
 * {@code plan-state/2:sha256:…}; a bare {@code sha256:…} was sealed in form 1, before forms were
 * numbered. A receipt is checked in the form it was sealed in, so an upgraded ledger still verifies it.
 */
public final class SealedDigest {

    static final String PREFIX = "plan-state/";

    private SealedDigest() {
    }

    /** In the current form: what a receipt sealed now carries. */
    public static String of(PlanView view) {
        return of(view, SealedPlanState.CURRENT_FORM);
    }

    /** In the form the sealed digest was made in, to compare with it. */
    public static String like(String sealed, PlanView view) {
        return of(view, formOf(sealed));
    }

    static String of(PlanView view, int form) {
        String digest = StateDigest.of(SealedPlanState.json(view, form));
        return form == 1 ? digest : PREFIX + form + ":" + digest;
    }

    static int formOf(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            return 1;
        }
        int colon = sealed.indexOf(':');
        try {
            return Integer.parseInt(sealed.substring(PREFIX.length(), colon < 0 ? sealed.length() : colon));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tillståndet " + sealed + " anger ingen känd form");
        }
    }
}
