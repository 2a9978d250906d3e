package se.ledger.platform.input;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Method security's {@code @PreAuthorize}, without judging a handler twice in one request:
 * {@link RequestGate} already evaluated the handler's expression before its body was read (403
 * before 400) and marks the request with the method it granted. Any other call, a handler that
 * was not granted by the gate, or one outside a request, is judged in full as before.
 */
final class GatedPreAuthorize implements AuthorizationManager<MethodInvocation> {

    static final String GRANTED = GatedPreAuthorize.class.getName() + ".granted";

    private static final AuthorizationDecision ALREADY_GRANTED = new AuthorizationDecision(true);

    private final AuthorizationManager<MethodInvocation> full;

    GatedPreAuthorize(AuthorizationManager<MethodInvocation> full) {
        this.full = full;
    }

    @Override
    public AuthorizationResult authorize(Supplier<Authentication> who, MethodInvocation invocation) {
        return grantedByTheGate(invocation) ? ALREADY_GRANTED : full.authorize(who, invocation);
    }

    @Override
    @Deprecated
    @SuppressWarnings("removal")
    public AuthorizationDecision check(Supplier<Authentication> who, MethodInvocation invocation) {
        return grantedByTheGate(invocation) ? ALREADY_GRANTED : full.check(who, invocation);
    }

    /** Marks the request: the gate granted this handler method to this request's user. */
    static void granted(HttpServletRequest request, Method method) {
        request.setAttribute(GRANTED, method);
    }

    private static boolean grantedByTheGate(MethodInvocation invocation) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null
                && invocation.getMethod().equals(request.getAttribute(GRANTED, RequestAttributes.SCOPE_REQUEST));
    }
}
