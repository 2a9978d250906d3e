package se.ledger.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;
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
@EnableConfigurationProperties({SecurityProperties.class, LoginThrottleProperties.class, OidcProperties.class})
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

    @Bean
    OidcIdentity oidcIdentity(OidcProperties oidc) {
        return new OidcIdentity(oidc);
    }

    /**
     * Scripts, wall screens and the API use HTTP Basic or a bearer token on every request, without a
     * session; people sign in on the login page (a configuration user's password, or the organisation's
     * OpenID Connect provider) and get a session, whose writes need a CSRF token ({@link BrowserSessions}).
     * Browsers cache Basic credentials, so writes from foreign pages are refused by {@link SameOriginWrites}.
     */
    @Bean
    public SecurityFilterChain ledgerSecurity(HttpSecurity http, SecurityProperties properties, ObjectMapper json,
            AuthenticationManager authenticationManager, OidcIdentity identity,
            ObjectProvider<ClientRegistrationRepository> oidcClients, ObjectProvider<JwtDecoder> bearerTokens,
            ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> oidcUsers) throws Exception {
        var problems = new ProblemResponses(json);
        var basic = new LoginRequired(properties.realm(), problems);
        var entryPoints = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        entryPoints.put(BrowserSessions.NAVIGATION, new LoginUrlAuthenticationEntryPoint(LoginPage.PATH));
        var entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(basic);
        http.authenticationManager(authenticationManager)
                .csrf(BrowserSessions::csrf)
                .addFilterBefore(new SameOriginWrites(properties.allowedOrigins(), problems), CsrfFilter.class)
                .addFilterAfter(new BrowserSessions.TokenCookie(), CsrfFilter.class)
                .headers(PageHeaders::configure)
                // sessions only where a login opens one (no sessionCreationPolicy: naming one would add
                // a filter that stores every Basic request's user in a new session)
                .requestCache(cache -> cache.requestCache(BrowserSessions.navigations()))
                .authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, LoginPage.PATH, LoginPage.SIGN_OUT, "/css/**",
                                "/favicon.ico").permitAll()
                        // like health details: metrics tell about the whole ledger's use, for administrators
                        .requestMatchers("/actuator/prometheus").hasRole(SecurityProperties.Role.ADMIN.name())
                        .anyRequest().authenticated())
                // a Basic request is judged on its own: no session is opened or read for it
                .httpBasic(b -> b.realmName(properties.realm()).authenticationEntryPoint(basic)
                        .securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, e) -> denied(problems, response, e)))
                .logout(logout -> logout.logoutUrl(LoginPage.SIGN_OUT)
                        .invalidateHttpSession(true).clearAuthentication(true)
                        .deleteCookies("JSESSIONID", "XSRF-TOKEN")
                        .logoutSuccessHandler(ProviderSignIn.signedOut(oidcClients.getIfAvailable())));
        if (properties.localLogin()) {
            http.formLogin(form -> form.loginPage(LoginPage.PATH).loginProcessingUrl(LoginPage.PATH)
                    .defaultSuccessUrl("/", false)
                    .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                            + LoginPage.PATH + (e instanceof ThrottledLogins.Throttled ? "?error=wait" : "?error"))));
        }
        var clients = oidcClients.getIfAvailable();
        if (clients != null) {
            ProviderSignIn.people(http, clients, oidcUsers.getObject(), authenticationManager);
        }
        var decoder = bearerTokens.getIfAvailable();
        if (decoder != null) {
            ProviderSignIn.bearerTokens(http, decoder, identity, problems);
        }
        return http.build();
    }

    private static void denied(ProblemResponses problems, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            problems.write(response, HttpStatus.FORBIDDEN, "Säkerhetstoken saknas",
                    "Ändringar från en inloggad webbläsare kräver sidans säkerhetstoken. Ladda om sidan och försök igen.",
                    new FieldProblem("X-XSRF-TOKEN", "saknas eller stämmer inte med kakan XSRF-TOKEN"));
            return;
        }
        problems.write(response, HttpStatus.FORBIDDEN, "Behörighet saknas", "Din roll får inte göra detta.");
    }
}
