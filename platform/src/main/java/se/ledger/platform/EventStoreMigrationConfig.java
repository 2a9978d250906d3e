package se.ledger.platform;

import javax.sql.DataSource;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class EventStoreMigrationConfig {

    @Bean
    public Flyway eventStoreFlyway(DataSource dataSource) {
        return Migrations.of(dataSource, "eventstore", "public");
    }

    /** Replaces Axon's error-code resolver, which misses PostgreSQL's duplicate keys. */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SequenceConflicts();
    }

    @Bean
    public FlywayMigrationInitializer eventStoreMigration(Flyway eventStoreFlyway) {
        return new FlywayMigrationInitializer(eventStoreFlyway);
    }
}
