package org.mojaz.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Resolves names with the operating system's resolver ({@link InetAddress#getAllByName}), giving up after a
 * time limit: the OS resolver itself can block far longer than a user should wait.
 */
public final class SystemHostResolver implements HostResolver {
    /** Lookups block; they get threads of their own rather than the common pool's, which others share. */
    private static final ExecutorService LOOKUPS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "mojaz-dns");
        t.setDaemon(true);
        return t;
    });

    private final Duration timeout;

    public SystemHostResolver(Duration timeout) {
        this.timeout = timeout;
    }

    /** Gives up after 5 seconds. */
    public SystemHostResolver() {
        this(Duration.ofSeconds(5));
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        CompletableFuture<InetAddress[]> lookup = CompletableFuture.supplyAsync(() -> lookup(host), LOOKUPS);
        try {
            return List.of(lookup.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            lookup.cancel(true);
            throw new UnknownHostException("lookup timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnknownHostException("lookup interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownHostLookup u) {
                throw u.cause;
            }
            throw new UnknownHostException("lookup failed");
        }
    }

    private static InetAddress[] lookup(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new UnknownHostLookup(e);
        }
    }

    /** Carries the checked exception out of the async lookup. */
    private static final class UnknownHostLookup extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient UnknownHostException cause;

        UnknownHostLookup(UnknownHostException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
