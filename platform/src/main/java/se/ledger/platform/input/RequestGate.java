package se.ledger.platform.input;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import se.ledger.platform.InvalidInput;

/**
 * Runs before a handler's arguments are read: first the handler's own {@code @PreAuthorize} (so a
 * wrong role gets 403, not the 400 of a body it may not send at all), then the ids in the path and the
 * query parameters, by the same rules as the body.
 */
class RequestGate implements HandlerInterceptor {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[!-~]{1,255}");
    private static final int MAX_PARAMETER = 2000;

    private final PreAuthorizeAuthorizationManager roles = new PreAuthorizeAuthorizationManager();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotSupportedException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            return true; // the request was judged on its way in; its error is being reported now
        }
        if (handler instanceof HandlerMethod method) {
            authorize(request, method);
        }
        checkContentType(request);
        checkPath(request);
        checkParameters(request);
        checkIdempotencyKey(request);
        return true;
    }

    /** A body says what it is: a wildcard is no type at all (Spring's converters throw on it). */
    private static void checkContentType(HttpServletRequest request) throws HttpMediaTypeNotSupportedException {
        String header = request.getContentType();
        if (header == null) {
            return;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotSupportedException("Ogiltig Content-Type: " + e.getMessage());
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            throw new HttpMediaTypeNotSupportedException("Content-Type får inte vara ett jokertecken: " + header);
        }
    }

    /** Stored with the answer (at most 255 characters): printable ASCII, as keys clients generate are. */
    private static void checkIdempotencyKey(HttpServletRequest request) {
        String key = request.getHeader("Idempotency-Key");
        if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw new InvalidInput("Idempotency-Key", "1–255 synliga ASCII-tecken, t.ex. ett UUID");
        }
    }

    private void authorize(HttpServletRequest request, HandlerMethod method) {
        boolean annotated = AnnotatedElementUtils.hasAnnotation(method.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class);
        if (!annotated) {
            return;
        }
        Supplier<Authentication> who = () -> SecurityContextHolder.getContext().getAuthentication();
        var invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod());
        var decision = roles.authorize(who, invocation);
        if (decision != null && !decision.isGranted()) {
            throw new AccessDeniedException("Access Denied");
        }
        GatedPreAuthorize.granted(request, method.getMethod());
    }

    private static void checkPath(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> {
                // only ids the API hands out can name anything
                if (!InputRules.isId(String.valueOf(value))) {
                    throw new InvalidInput(String.valueOf(name), "ogiltigt id: " + InputRules.ID_RULE);
                }
            });
        }
    }

    private static void checkParameters(HttpServletRequest request) {
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                String problem = value.length() > MAX_PARAMETER ? "högst " + MAX_PARAMETER + " tecken"
                        : InputRules.textProblem(value);
                if (problem != null) {
                    throw new InvalidInput(InputRules.textProblem(name) == null ? name : "parameter", problem);
                }
            }
        });
    }
}
