package org.mojaz.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Resolves names with the operating system's resolver ({@link InetAddress#getAllByName}). */
public final class SystemHostResolver implements HostResolver {

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }
}
