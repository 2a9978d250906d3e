package se.ledger.standalone.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL (binaries from Maven Central) in the ledger's data directory unless
 * {@code spring.datasource.url} names an external one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedDatabaseConfig {

    @Bean(destroyMethod = "close")
    public EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) throws IOException {
        return new EmbeddedDatabase(properties);
    }

    /** Pool settings as for an external database ({@code spring.datasource.hikari.*}). */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    public HikariDataSource dataSource(EmbeddedDatabase database) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("ledger");
        return dataSource;
    }
}
