package se.ledger.command;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.ledger.platform.Migrations;

@Configuration(proxyBeanMethods = false)
public class CommandSideConfig {

    @Bean
    public Flyway commandFlyway(DataSource dataSource) {
        return Migrations.of(dataSource, "command", "command");
    }

    @Bean
    public FlywayMigrationInitializer commandMigration(Flyway commandFlyway) {
        return new FlywayMigrationInitializer(commandFlyway);
    }
}
