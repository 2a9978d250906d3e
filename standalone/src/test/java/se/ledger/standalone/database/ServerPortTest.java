package se.ledger.standalone.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The watchdog's confirmation, with a real listening socket standing in for a live server. */
class ServerPortTest {

    @Test
    void aListeningPortIsALiveServerAndAClosedOneIsGone() throws Exception {
        int port;
        try (var server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = server.getLocalPort();
            assertThat(new ServerPort(port, Duration.ofSeconds(2)).accepts()).isTrue();
        }
        assertThat(new ServerPort(port, Duration.ofSeconds(2)).accepts()).isFalse();
    }

    @Test
    void postgresBinariesOfEveryPlatformAreRecognised() {
        assertThat(PostgresProcesses.isPostgresBinary("/tmp/embedded-pg/PG-abc/bin/postgres")).isTrue();
        assertThat(PostgresProcesses.isPostgresBinary("C:\\Users\\x\\AppData\\Local\\Temp\\bin\\postgres.exe")).isTrue();
        assertThat(PostgresProcesses.isPostgresBinary("C:/pg/bin/POSTGRES.EXE")).isTrue();
        assertThat(PostgresProcesses.isPostgresBinary("/usr/bin/postgres_exporter")).isFalse();
        assertThat(PostgresProcesses.isPostgresBinary("/bin/bash")).isFalse();
    }
}
