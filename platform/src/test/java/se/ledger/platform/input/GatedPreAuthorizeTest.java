package se.ledger.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Method security stays on; only a handler the gate granted in this request is not judged again. */
class GatedPreAuthorizeTest {

    static class Handlers {
        @PreAuthorize("hasRole('ADMIN')")
        public String adminOnly() {
            return "ok";
        }

        @PreAuthorize("hasRole('ADMIN')")
        public String otherAdminOnly() {
            return "ok";
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableMethodSecurity(prePostEnabled = false)
    @Import(RequestGateConfig.class)
    static class Config {
        @Bean
        Handlers handlers() {
            return new Handlers();
        }
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void judgesEveryCallTheGateDidNotGrant() throws Exception {
        try (var context = new AnnotationConfigApplicationContext(Config.class)) {
            var handlers = context.getBean(Handlers.class);
            signIn("MANAGER");
            assertThatThrownBy(handlers::adminOnly).isInstanceOf(AccessDeniedException.class);

            var request = new MockHttpServletRequest();
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
            GatedPreAuthorize.granted(request, Handlers.class.getMethod("otherAdminOnly"));
            assertThatThrownBy(handlers::adminOnly).isInstanceOf(AccessDeniedException.class);

            signIn("ADMIN");
            assertThat(handlers.adminOnly()).isEqualTo("ok");
        }
    }

    @Test
    void doesNotJudgeAgainWhatTheGateGrantedInThisRequest() throws Exception {
        try (var context = new AnnotationConfigApplicationContext(Config.class)) {
            var handlers = context.getBean(Handlers.class);
            signIn("MANAGER"); // the expression would refuse: the gate's mark is what lets it through
            var request = new MockHttpServletRequest();
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
            GatedPreAuthorize.granted(request, Handlers.class.getMethod("adminOnly"));
            assertThat(handlers.adminOnly()).isEqualTo("ok");
        }
    }

    private static void signIn(String role) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("u", "p", "ROLE_" + role));
    }
}
