package se.ledger.standalone.nodes;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ledger.standalone.processes.DebianPostgres;

/**
 * A primary with a streaming replica (Debian's PostgreSQL server, each in a folder and on a port of
 * its own), replicating synchronously: a commit is acknowledged once the replica has it on disk
 * too, so promoting the replica loses nothing that a client was told is stored.
 */
final class ReplicatedPostgres implements AutoCloseable {

    private final DebianPostgres primary;
    private DebianPostgres replica;
    private boolean failedOver;

    private ReplicatedPostgres(DebianPostgres primary) {
        this.primary = primary;
    }

    static ReplicatedPostgres start(Path bin, Path folder) throws IOException, InterruptedException {
        var cluster = new ReplicatedPostgres(DebianPostgres.create(bin, folder.resolve("primary")));
        // the servers are no children of this JVM: stop them even if the test's JVM ends without @AfterEach
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "stop-test-postgres"));
        cluster.primary.start();
        database(cluster.primary, "postgres").sql("CREATE DATABASE ledger").update();
        cluster.replica = cluster.primary.replica(folder.resolve("replica"));
        cluster.replica.start();
        // only now: with a synchronous standby named but none connected, every commit would wait
        var primaryDb = database(cluster.primary, "postgres");
        primaryDb.sql("ALTER SYSTEM SET synchronous_standby_names = '*'").update();
        primaryDb.sql("SELECT pg_reload_conf()").query().singleValue();
        await("the replica streaming synchronously").atMost(Duration.ofSeconds(30))
                .until(() -> primaryDb.sql("SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'")
                        .query(Long.class).single() == 1);
        return cluster;
    }

    /** What every ledger node is configured with: it finds the primary among the hosts by itself. */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + primary.port() + ",127.0.0.1:" + replica.port()
                + "/ledger?targetServerType=primary";
    }

    /** The ledger's database on whichever server is the primary now. */
    JdbcClient ledgerDatabase() {
        return database(failedOver ? replica : primary, "ledger");
    }

    /** The operator's failover: the primary stopped ({@code pg_ctl stop -m fast}), the replica promoted. */
    void failOver() throws IOException, InterruptedException {
        primary.stop();
        replica.promote();
        failedOver = true;
    }

    @Override
    public void close() {
        if (replica != null) {
            replica.close();
        }
        primary.close();
    }

    private static JdbcClient database(DebianPostgres server, String name) {
        var source = new PGSimpleDataSource();
        source.setUrl("jdbc:postgresql://127.0.0.1:" + server.port() + "/" + name);
        source.setUser("ledger");
        return JdbcClient.create(source);
    }
}
