package se.ledger.proof.log;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every node of one ledger signs with the same key: the first to start records it, a node with
 * another key stops before its processors sign anything. (Several nodes on one database are each
 * given the key file, or the key, by configuration.)
 */
@Component
@DependsOn("proofMigration")
class KeyRegistry implements SmartInitializingSingleton {

    private final JdbcTemplate jdbc;
    private final LedgerKey key;

    KeyRegistry(JdbcTemplate jdbc, LedgerKey key) {
        this.jdbc = jdbc;
        this.key = key;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String mine = key.verifier().verifierKey();
        jdbc.update("INSERT INTO proof.signing_key (verifier_key, first_used) VALUES (?, now()) ON CONFLICT DO NOTHING",
                mine);
        String recorded = jdbc.queryForObject("SELECT verifier_key FROM proof.signing_key", String.class);
        if (!mine.equals(recorded)) {
            throw new IllegalStateException("Databasen hör till en liggare som signerar med nyckeln " + recorded
                    + ", men den här noden har " + mine + ". Ge noden samma nyckel (ledger.proof.key-file eller"
                    + " ledger.proof.private-key).");
        }
    }
}
