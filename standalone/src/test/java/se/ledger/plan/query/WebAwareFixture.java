package se.ledger.plan.query;

import se.ledger.plan.query.web.ProjectionAwareFixture;

/** Breaks on purpose: the projection calling into the read API ({@code BoundariesTest}). */
public class WebAwareFixture {
    public Class<?> reach() {
        return ProjectionAwareFixture.class;
    }
}
