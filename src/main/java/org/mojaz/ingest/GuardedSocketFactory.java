package org.mojaz.ingest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import javax.net.SocketFactory;

/**
 * Plain sockets that check the address once more at the moment of connecting: a second line behind
 * {@link UrlGuard}, so no path through OkHttp (IP literals, pooled routes) can reach a forbidden address.
 */
final class GuardedSocketFactory extends SocketFactory {

    /** Thrown instead of connecting to an address the policy forbids. */
    static final class ForbiddenAddressException extends ConnectException {
        private static final long serialVersionUID = 1L;

        ForbiddenAddressException() {
            super("Refused to connect to a forbidden address");
        }
    }

    private final AddressPolicy policy;

    GuardedSocketFactory(AddressPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Socket createSocket() {
        return new GuardedSocket(policy);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(new InetSocketAddress(address, port));
    }

    private Socket connected(InetSocketAddress endpoint) throws IOException {
        Socket socket = createSocket();
        socket.connect(endpoint);
        return socket;
    }

    private static final class GuardedSocket extends Socket {
        private final AddressPolicy policy;

        GuardedSocket(AddressPolicy policy) {
            this.policy = policy;
        }

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            if (!(endpoint instanceof InetSocketAddress inet) || inet.getAddress() == null
                    || !policy.permits(inet.getAddress())) {
                close();
                throw new ForbiddenAddressException();
            }
            super.connect(endpoint, timeout);
        }
    }
}
