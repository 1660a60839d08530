package org.mojaz.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    private final AddressPolicy defaults = new AddressPolicy(false, List.of());

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @ParameterizedTest(name = "forbids {0}")
    @ValueSource(strings = {
        "0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255", "100.64.0.1", "100.127.255.255", "127.0.0.1",
        "127.255.0.9", "169.254.169.254", "172.16.0.1", "172.31.255.255", "192.0.0.8", "192.0.2.7",
        "192.88.99.1", "192.168.0.1", "198.18.5.5", "198.19.255.255", "198.51.100.1", "203.0.113.9", "224.0.0.251",
        "239.255.255.250", "240.0.0.1", "255.255.255.255", "::", "::1", "::127.0.0.1", "::a9fe:a9fe",
        "64:ff9b::7f00:1", "64:ff9b::a00:1", "64:ff9b:1::1", "100::1", "2001::1", "2001:2::1", "2001:db8::1",
        "2002:7f00:1::", "2002:a9fe:a9fe::1", "3fff::1", "fc00::1", "fd12:3456::1", "fe80::1", "febf::1",
        "fec0::1", "ff02::1"})
    void forbidsLocalPrivateAndReservedAddresses(String literal) throws UnknownHostException {
        assertThat(defaults.permits(ip(literal))).isFalse();
    }

    @ParameterizedTest(name = "permits {0}")
    @ValueSource(strings = {
        "1.1.1.1", "8.8.8.8", "93.184.215.14", "100.63.255.255", "100.128.0.1", "172.15.255.255", "172.32.0.1",
        "192.169.0.1", "223.255.255.254", "2606:4700:4700::1111", "2a00:1450:4001::200e", "64:ff9b::808:808",
        "2002:808:808::1"})
    void permitsPublicAddresses(String literal) throws UnknownHostException {
        assertThat(defaults.permits(ip(literal))).isTrue();
    }

    @Test
    void forbidsIpv4MappedFormsByWhatTheyEmbed() {
        // given ::ffff:127.0.0.1 and ::ffff:8.8.8.8 as raw bytes (Java would turn them into IPv4 addresses)
        byte[] mappedLoopback = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 1};
        byte[] mappedPublic = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 8, 8, 8, 8};

        // then
        assertThat(AddressPolicy.isForbidden(mappedLoopback)).isTrue();
        assertThat(AddressPolicy.isForbidden(mappedPublic)).isFalse();
    }

    @Test
    void allowsOnlyTheListedPrivateNetworks() throws UnknownHostException {
        // given
        AddressPolicy intranet = new AddressPolicy(false, List.of("127.0.0.1/32", "10.1.0.0/16", "fd00:1::/32"));

        // then
        assertThat(intranet.permits(ip("127.0.0.1"))).isTrue();
        assertThat(intranet.permits(ip("127.0.0.2"))).isFalse();
        assertThat(intranet.permits(ip("10.1.200.3"))).isTrue();
        assertThat(intranet.permits(ip("10.2.0.1"))).isFalse();
        assertThat(intranet.permits(ip("fd00:1:ffff::1"))).isTrue();
        assertThat(intranet.permits(ip("169.254.169.254"))).isFalse();
    }

    @ParameterizedTest(name = "rejects the range {0}")
    @ValueSource(strings = {"localhost/32", "10.0.0.0/33", "10.0.0/8", "::1/129", "1:2:3:4:5:6:7:8:9/64", "", "/8"})
    void rejectsMalformedRanges(String cidr) {
        assertThatThrownBy(() -> Cidr.parse(cidr)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "127.0.0.1, 127.0.0.1", "127.1, 127.0.0.1", "2130706433, 127.0.0.1", "0x7f000001, 127.0.0.1",
        "0X7F.1, 127.0.0.1", "017700000001, 127.0.0.1", "0177.0.0.1, 127.0.0.1", "127.0.1, 127.0.0.1",
        "10.0.0.1., 10.0.0.1", "0, 0.0.0.0", "0x, 0.0.0.0", "8.8.8.8, 8.8.8.8", "4294967295, 255.255.255.255"})
    void readsIpv4LiteralsTheWayBrowsersDo(String host, String expected) throws UnknownHostException {
        // when
        byte[] bytes = Ipv4Literals.parse(host).orElseThrow();

        // then
        assertThat(Ipv4Literals.endsInNumber(host)).isTrue();
        assertThat(InetAddress.getByAddress(bytes).getHostAddress()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is no IPv4 address")
    @ValueSource(strings = {"4294967296", "256.0.0.1", "1.2.3.4.5", "09.1.1.1", "1.2.3.+4", "1..2.3", "0x1g.1"})
    void refusesMalformedIpv4Literals(String host) {
        assertThat(Ipv4Literals.parse(host)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is a name")
    @ValueSource(strings = {"example.com", "news.test", "1.2.3.example", "0xzz.com", "abc"})
    void leavesNamesAlone(String host) {
        assertThat(Ipv4Literals.endsInNumber(host)).isFalse();
    }
}
