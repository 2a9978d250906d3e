package se.ledger.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class RememberedCredentialsTest {

    private final AtomicInteger lookups = new AtomicInteger();
    private Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private RememberedCredentials provider() {
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String hash = encoder.encode("hemligt");
        UserDetailsService users = name -> {
            lookups.incrementAndGet();
            return User.withUsername(name).password(hash).roles("AUDITOR").build();
        };
        var dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new RememberedCredentials(dao, Duration.ofMinutes(5), clock);
    }

    @Test
    void aVerifiedPasswordIsNotHashedAgainForAWhile() {
        var provider = provider();
        var first = provider.authenticate(new UsernamePasswordAuthenticationToken("revisor", "hemligt"));
        var second = provider.authenticate(new UsernamePasswordAuthenticationToken("revisor", "hemligt"));
        assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
        assertThat(lookups).hasValue(1);
        now = now.plus(Duration.ofMinutes(6));
        provider.authenticate(new UsernamePasswordAuthenticationToken("revisor", "hemligt"));
        assertThat(lookups).hasValue(2);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverRemembered() {
        var provider = provider();
        provider.authenticate(new UsernamePasswordAuthenticationToken("revisor", "hemligt"));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> provider.authenticate(new UsernamePasswordAuthenticationToken("revisor", "fel")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(lookups).hasValue(3);
    }
}
