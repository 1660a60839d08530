package org.mojaz.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Turns a host name into the addresses it points to: the DNS seam, faked in tests. */
public interface HostResolver {

    /**
     * @param host an ASCII host name (never an IP literal: those are parsed without asking the resolver)
     * @return every address the name resolves to, never empty
     * @throws UnknownHostException when the name does not resolve
     */
    List<InetAddress> resolve(String host) throws UnknownHostException;
}
