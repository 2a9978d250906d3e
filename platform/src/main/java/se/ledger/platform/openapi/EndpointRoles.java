package se.ledger.platform.openapi;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

/** The roles an endpoint admits, read from its {@code @PreAuthorize} (method, else class). */
final class EndpointRoles {

    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");
    /** Without an expression any logged-in user may call it. */
    static final List<String> ANY = List.of("ADMIN", "MANAGER", "AUDITOR", "DASHBOARD");

    private EndpointRoles() {
    }

    static List<String> of(HandlerMethod handler) {
        var rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        if (rule == null) {
            return ANY;
        }
        return ROLE.matcher(rule.value()).results().map(m -> m.group(1)).toList();
    }
}
