package org.mojaz.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.mojaz.ingest.FetchException.Reason;

/**
 * Decides whether a URL may be fetched, and where exactly to connect: scheme, syntax, credentials, then every
 * address the host stands for. Runs for the first URL and again for every redirect.
 */
final class UrlGuard {

    static final String PRIVATE_ADDRESS =
            "That link points to a private or local network address, which I do not open.";
    private static final Pattern SCHEME = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9+.-]{0,30}):");

    /** A URL that passed every check, with the only addresses the fetcher may connect to for it. */
    record Target(HttpUrl url, List<InetAddress> addresses) {
    }

    private final AddressPolicy policy;
    private final HostResolver resolver;
    private final boolean allowLocalNames;

    UrlGuard(AddressPolicy policy, HostResolver resolver, boolean allowLocalNames) {
        this.policy = policy;
        this.resolver = resolver;
        this.allowLocalNames = allowLocalNames;
    }

    /** Checks a link as the user sent it. */
    Target check(String url) {
        requireWebScheme(url);
        HttpUrl parsed = HttpUrl.parse(url.trim());
        if (parsed == null) {
            throw refused("That does not look like a valid web link.");
        }
        return check(parsed);
    }

    /** Checks where a redirect from {@code from} leads. */
    Target checkRedirect(HttpUrl from, String location) {
        if (location == null || location.isBlank()) {
            throw new FetchException(Reason.HTTP_STATUS, "The site sent a redirect without saying where to.");
        }
        requireWebSchemeIfAny(location);
        HttpUrl next = from.resolve(location.trim());
        if (next == null) {
            throw refused("The site redirected to an address that is not a valid web link.");
        }
        return check(next);
    }

    private Target check(HttpUrl url) {
        if (!url.username().isEmpty() || !url.password().isEmpty()) {
            throw refused("Links with a user name or password in them are not accepted.");
        }
        List<InetAddress> addresses = addressesOf(url.host());
        for (InetAddress address : addresses) {
            if (!policy.permits(address)) {
                throw refused(PRIVATE_ADDRESS);
            }
        }
        if (url.host().indexOf(':') < 0 && Ipv4Literals.endsInNumber(url.host())) {
            // OkHttp and Java read some numeric forms differently (or via DNS): hand them the checked dotted form
            url = url.newBuilder().host(addresses.get(0).getHostAddress()).build();
        }
        return new Target(url, addresses);
    }

    private List<InetAddress> addressesOf(String host) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (!allowLocalNames && (name.equals("localhost") || name.endsWith(".localhost"))) {
            throw refused(PRIVATE_ADDRESS);
        }
        try {
            if (host.indexOf(':') >= 0) {
                return List.of(InetAddress.getByName(host));
            }
            if (Ipv4Literals.endsInNumber(host)) {
                byte[] ipv4 = Ipv4Literals.parse(host).orElseThrow(
                        () -> refused("That link's address is not a valid IP address."));
                return List.of(InetAddress.getByAddress(ipv4));
            }
            return resolved(host);
        } catch (UnknownHostException e) {
            throw new FetchException(Reason.NETWORK, "I could not find the site " + Shorten.middle(host) + ".", e);
        }
    }

    private List<InetAddress> resolved(String host) throws UnknownHostException {
        List<InetAddress> addresses = resolver.resolve(host);
        if (addresses == null || addresses.isEmpty()) {
            throw new UnknownHostException("No addresses");
        }
        return List.copyOf(addresses);
    }

    private static void requireWebScheme(String url) {
        Matcher m = SCHEME.matcher(url);
        if (!m.find()) {
            throw refused("That does not look like a web link. Send a link that starts with http:// or https://.");
        }
        requireWebSchemeIfAny(url);
    }

    private static void requireWebSchemeIfAny(String url) {
        Matcher m = SCHEME.matcher(url);
        if (m.find()) {
            String scheme = m.group(1).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw refused("I only open http:// and https:// links, not " + scheme + ": links.");
            }
        }
    }

    private static FetchException refused(String message) {
        return new FetchException(Reason.REFUSED, message);
    }
}
