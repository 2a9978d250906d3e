package se.ledger.plan.command;

import jakarta.servlet.http.HttpServletRequest;

/** Breaks on purpose: the write model reading a request ({@code ArchitectureRulesCanFailTest}). */
public class ServletAwareFixture {
    public String caller(HttpServletRequest request) {
        return request.getRemoteUser();
    }
}
