package se.ledger.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;

@Configuration(proxyBeanMethods = false)
// @PreAuthorize by RequestGateConfig's interceptor, which does not judge a request's handler twice
@EnableMethodSecurity(prePostEnabled = false)
@EnableConfigurationProperties({SecurityProperties.class, LoginThrottleProperties.class})
public class SecurityConfig {

    /**
     * Users from configuration, as configured: a plain lookup, so Spring does not silently
     * re-encode {noop} passwords to bcrypt after the first login.
     */
    @Bean
    public UserDetailsService users(SecurityProperties properties) {
        var manager = new InMemoryUserDetailsManager();
        for (var user : properties.users()) {
            manager.createUser(User.withUsername(user.name())
                    .password(user.password())
                    .roles(user.roles().stream().map(Enum::name).toArray(String[]::new))
                    .build());
        }
        return manager::loadUserByUsername;
    }

    @Bean
    public AuthenticationManager authenticationManager(UserDetailsService users, Clock clock,
            LoginThrottleProperties throttle) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        var remembered = new RememberedCredentials(passwords, Duration.ofMinutes(5), clock);
        return new ProviderManager(throttle.enabled()
                ? new ThrottledLogins(remembered, new LoginThrottle(throttle, clock)) : remembered);
    }

    /**
     * No observation wrapped around each security filter, authentication and authorization: with
     * an observation registry present, Spring Security decorates every filter of every request
     * even when the observations themselves are switched off by name (ledger-defaults), and the
     * write path's JFR profile put that decoration at ~10 % of a request's CPU.
     */
    @Bean
    public SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Pages and API alike use HTTP Basic without sessions: a wall-mounted dashboard opens a URL
     * with its credentials. Browsers cache Basic credentials, though, so writes from foreign pages
     * are refused by {@link SameOriginWrites} (an Origin check instead of CSRF tokens).
     */
    @Bean
    public SecurityFilterChain ledgerSecurity(HttpSecurity http, SecurityProperties properties, ObjectMapper json,
            AuthenticationManager authenticationManager) throws Exception {
        var problems = new ProblemResponses(json);
        return http
                .authenticationManager(authenticationManager)
                .csrf(csrf -> csrf.disable())
                .addFilterAt(new SameOriginWrites(properties.allowedOrigins(), problems), CsrfFilter.class)
                .headers(PageHeaders::configure)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        // like health details: metrics tell about the whole ledger's use, for administrators
                        .requestMatchers("/actuator/prometheus").hasRole(SecurityProperties.Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(properties.realm())
                        .authenticationEntryPoint(new LoginRequired(properties.realm(), problems)))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) ->
                        problems.write(response, HttpStatus.FORBIDDEN, "Behörighet saknas",
                                "Din roll får inte göra detta.")))
                .build();
    }
}
