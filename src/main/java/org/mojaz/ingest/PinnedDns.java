package org.mojaz.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.Dns;

/**
 * Answers OkHttp's lookup with exactly the addresses that were checked, so the connection goes where the check
 * looked (no second DNS answer, no rebinding). A record, so equal pins share pooled connections.
 */
record PinnedDns(String host, List<InetAddress> addresses) implements Dns {

    PinnedDns {
        addresses = List.copyOf(addresses);
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        if (hostname.equalsIgnoreCase(host)) {
            return addresses;
        }
        throw new UnknownHostException("Not a checked host");
    }
}
