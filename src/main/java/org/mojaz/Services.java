package org.mojaz;

import java.util.ArrayList;
import java.util.List;
import org.mojaz.core.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The background services of one run: started in the order added, closed in reverse, each at most once. */
final class Services implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Services.class);

    private final List<Service> added = new ArrayList<>();
    private final List<Service> started = new ArrayList<>();
    private boolean closed;

    synchronized void add(Service service) {
        if (closed) {
            throw new IllegalStateException("services already closed");
        }
        added.add(service);
    }

    /** Starts every service not started yet; one that fails to start stops the rest already started. */
    synchronized void start() {
        for (Service s : added) {
            if (!started.contains(s)) {
                try {
                    s.start();
                } catch (RuntimeException e) {
                    close();
                    throw e;
                }
                started.add(s);
            }
        }
    }

    synchronized int running() {
        return closed ? 0 : started.size();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (RuntimeException e) {
                LOG.warn("service {} failed to close: {}", started.get(i).getClass().getSimpleName(), e.toString());
            }
        }
    }
}
