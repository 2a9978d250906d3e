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
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
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
    public AuthenticationManager authenticationManager(UserDetailsService users, Clock clock) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return new ProviderManager(new RememberedCredentials(passwords, Duration.ofMinutes(5), clock));
    }

    /**
     * Pages and API alike use HTTP Basic without sessions: a wall-mounted dashboard opens a URL
     * with its credentials, and with no session cookie there is nothing for CSRF to ride on.
     */
    @Bean
    public SecurityFilterChain ledgerSecurity(HttpSecurity http, SecurityProperties properties, ObjectMapper json,
            AuthenticationManager authenticationManager) throws Exception {
        var problems = new ProblemResponses(json);
        return http
                .authenticationManager(authenticationManager)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(properties.realm())
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"" + properties.realm() + "\"");
                            problems.write(response, HttpStatus.UNAUTHORIZED, "Inloggning krävs",
                                    "Ange användarnamn och lösenord (HTTP Basic).");
                        }))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) ->
                        problems.write(response, HttpStatus.FORBIDDEN, "Behörighet saknas",
                                "Din roll får inte göra detta.")))
                .build();
    }
}
