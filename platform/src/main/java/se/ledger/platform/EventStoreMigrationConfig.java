package se.ledger.platform;

import javax.sql.DataSource;
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

    @Bean
    public FlywayMigrationInitializer eventStoreMigration(Flyway eventStoreFlyway) {
        return new FlywayMigrationInitializer(eventStoreFlyway);
    }
}
