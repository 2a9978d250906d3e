package se.ledger.platform.input;

import org.springframework.aop.Advisor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class RequestGateConfig implements WebMvcConfigurer {

    /**
     * Method security's {@code @PreAuthorize} ({@code prePostEnabled = false} in SecurityConfig),
     * skipping the expression the gate already evaluated for this request's handler.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor preAuthorizeOncePerRequest() {
        return AuthorizationManagerBeforeMethodInterceptor.preAuthorize(
                new GatedPreAuthorize(new PreAuthorizeAuthorizationManager()));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RequestGate());
    }
}
