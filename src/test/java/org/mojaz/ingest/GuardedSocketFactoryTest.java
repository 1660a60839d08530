package org.mojaz.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.testing.FakeNewsSite;

class GuardedSocketFactoryTest {

    @Test
    void refusesToConnectToAForbiddenAddressBeforeSendingAnything() throws IOException {
        // given
        GuardedSocketFactory factory = new GuardedSocketFactory(new AddressPolicy(false, List.of()));

        // when / then
        try (Socket socket = factory.createSocket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress("10.0.0.1", 80), 1000))
                    .isInstanceOf(GuardedSocketFactory.ForbiddenAddressException.class);
            assertThat(socket.isConnected()).isFalse();
        }
    }

    @Test
    void refusesAnUnresolvedAddress() throws IOException {
        // given
        GuardedSocketFactory factory = new GuardedSocketFactory(new AddressPolicy(false, List.of()));

        // when / then
        try (Socket socket = factory.createSocket()) {
            assertThatThrownBy(() -> socket.connect(InetSocketAddress.createUnresolved("news.test", 80)))
                    .isInstanceOf(GuardedSocketFactory.ForbiddenAddressException.class);
        }
    }

    @Test
    void connectsToAnAllowedNetwork() throws IOException {
        // given
        GuardedSocketFactory factory = new GuardedSocketFactory(new AddressPolicy(false, List.of("127.0.0.1/32")));

        try (FakeNewsSite site = FakeNewsSite.start(); Socket socket = factory.createSocket()) {
            // when
            socket.connect(new InetSocketAddress("127.0.0.1", site.port()), 1000);

            // then
            assertThat(socket.isConnected()).isTrue();
        }
    }
}
