package se.ledger.standalone.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * Whether something listens on a local port: the watchdog's confirmation that its PostgreSQL is
 * really gone before it restarts it. A postmaster's listening socket closes with it (its children
 * close their copies), so a refused connection is a dead server, whatever the process table says.
 */
final class ServerPort {

    private final int port;
    private final Duration timeout;

    ServerPort(int port, Duration timeout) {
        this.port = port;
        this.timeout = timeout;
    }

    /** True if a TCP connection to the port succeeds on any of localhost's addresses (IPv4 or IPv6). */
    boolean accepts() {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName("localhost");
        } catch (UnknownHostException e) {
            addresses = new InetAddress[] {InetAddress.getLoopbackAddress()};
        }
        for (InetAddress address : addresses) {
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
                return true;
            } catch (IOException e) {
                // refused or unreachable on this address: try the next
            }
        }
        return false;
    }
}
