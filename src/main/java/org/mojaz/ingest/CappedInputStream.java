package org.mojaz.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/** Passes bytes through until more than {@code cap} have been read, then throws the given exception. */
final class CappedInputStream extends FilterInputStream {
    private final long cap;
    private final Supplier<? extends RuntimeException> onOverflow;
    private long count;

    CappedInputStream(InputStream in, long cap, Supplier<? extends RuntimeException> onOverflow) {
        super(in);
        this.cap = cap;
        this.onOverflow = onOverflow;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        long room = cap + 1 - count;
        int n = super.read(buffer, offset, (int) Math.min(length, Math.max(1, room)));
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(int n) {
        count += n;
        if (count > cap) {
            throw onOverflow.get();
        }
    }
}
