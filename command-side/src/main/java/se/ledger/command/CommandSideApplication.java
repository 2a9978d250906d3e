package se.ledger.command;

import org.springframework.boot.SpringApplication;
import se.ledger.platform.LedgerApplication;

/** The command side alone, for the scale-out topology (docker-compose.yml). */
@LedgerApplication
public class CommandSideApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
