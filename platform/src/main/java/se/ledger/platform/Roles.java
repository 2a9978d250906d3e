package se.ledger.platform;

/** The authorisation expressions shared by both sides; ADMIN may do all that MANAGER may. */
public final class Roles {
    public static final String ADMIN = "hasRole('ADMIN')";
    public static final String MANAGER = "hasAnyRole('ADMIN','MANAGER')";
    public static final String READER = "hasAnyRole('ADMIN','MANAGER','AUDITOR','DASHBOARD')";

    private Roles() {
    }
}
