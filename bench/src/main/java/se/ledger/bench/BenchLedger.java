package se.ledger.bench;

import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.ConfigurableApplicationContext;
import se.ledger.platform.LedgerApplication;

/** Both sides of the ledger in this process, as the standalone runs them, on the bench's database. */
@LedgerApplication
public class BenchLedger {

    static ConfigurableApplicationContext start(String jdbcUrl) {
        return new SpringApplicationBuilder(BenchLedger.class)
                .properties(Map.ofEntries(
                        Map.entry("spring.datasource.url", jdbcUrl),
                        Map.entry("spring.datasource.username", "postgres"),
                        Map.entry("spring.datasource.hikari.maximum-pool-size", "10"),
                        Map.entry("server.port", "0"),
                        Map.entry("spring.main.banner-mode", "off"),
                        Map.entry("logging.level.root", "WARN"),
                        Map.entry("ledger.security.users[0].name", "admin"),
                        Map.entry("ledger.security.users[0].password", "{noop}admin"),
                        Map.entry("ledger.security.users[0].roles[0]", "ADMIN"),
                        Map.entry("ledger.security.users[1].name", "chef"),
                        Map.entry("ledger.security.users[1].password", "{noop}chef"),
                        Map.entry("ledger.security.users[1].roles[0]", "MANAGER"),
                        // two ledgers start one after the other in this JVM (the plan-list scaling has its own)
                        Map.entry("spring.jmx.enabled", "false")))
                .run();
    }

    /** Counts API requests and bytes for the page measurements; idle otherwise. */
    @Bean
    FilterRegistrationBean<ApiRequestCounter> apiRequestCounter() {
        var registration = new FilterRegistrationBean<>(new ApiRequestCounter());
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @SuppressWarnings("unchecked")
    static ApiRequestCounter counter(ConfigurableApplicationContext context) {
        return ((FilterRegistrationBean<ApiRequestCounter>) context.getBean("apiRequestCounter")).getFilter();
    }

    static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
