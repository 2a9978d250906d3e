package se.ledger.platform;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * Who is counting as one client for login throttling. An IPv6 host is usually given a whole /64 (and
 * privacy extensions pick a new address in it every day), so counting per IPv6 address would give a
 * guesser 2^64 fresh counters and the legitimate user a new, unknown address each day.
 */
final class ClientAddresses {

    private ClientAddresses() {
    }

    /** The /64 prefix of an IPv6 address, an IPv4 address (mapped ones too) as it is. */
    static String client(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        try {
            // a literal with ':' is parsed as IPv6 and never looked up in DNS
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address) {
                byte[] bytes = parsed.getAddress();
                return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
