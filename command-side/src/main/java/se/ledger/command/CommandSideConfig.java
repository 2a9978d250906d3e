package se.ledger.command;

import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfigurer;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Autowired;
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

    /** The directory must be written in the same transaction as the events it is built from. */
    @Autowired
    void directoryInTheWritersTransaction(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(JdbcDirectory.PROCESSING_GROUP);
    }

    @Bean
    public FlywayMigrationInitializer commandMigration(Flyway commandFlyway) {
        return new FlywayMigrationInitializer(commandFlyway);
    }
}
