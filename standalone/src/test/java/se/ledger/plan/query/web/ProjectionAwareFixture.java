package se.ledger.plan.query.web;

import se.ledger.plan.query.WebAwareFixture;

/** The read API using the projection, as it may; with {@link WebAwareFixture} a package cycle. */
public class ProjectionAwareFixture {
    public Class<?> reach() {
        return WebAwareFixture.class;
    }
}
