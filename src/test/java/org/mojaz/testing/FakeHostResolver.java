package org.mojaz.testing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mojaz.ingest.HostResolver;

/**
 * DNS for tests: only the names it was given resolve, so no test ever asks real DNS or reaches a real host.
 * Remembers every name it was asked about.
 */
public final class FakeHostResolver implements HostResolver {
    private final Map<String, List<InetAddress>> names = new HashMap<>();
    private final List<String> asked = new ArrayList<>();

    /** Makes {@code host} resolve to the given IP literals. */
    public FakeHostResolver with(String host, String... addresses) {
        List<InetAddress> resolved = new ArrayList<>();
        for (String address : addresses) {
            try {
                resolved.add(InetAddress.getByName(address));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("Not an IP literal: " + address, e);
            }
        }
        names.put(host.toLowerCase(Locale.ROOT), List.copyOf(resolved));
        return this;
    }

    @Override
    public synchronized List<InetAddress> resolve(String host) throws UnknownHostException {
        asked.add(host);
        List<InetAddress> addresses = names.get(host.toLowerCase(Locale.ROOT));
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        return addresses;
    }

    /** The names asked about, in order. */
    public synchronized List<String> asked() {
        return List.copyOf(asked);
    }
}
