package tech.arcp.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * A request whose body stream fails with a 413 problem once more than {@code limit} bytes were
 * read, whatever the framing (chunked bodies have no {@code Content-Length} to check up front),
 * and with a 400 {@code request-error} problem when the body cannot be read (bad chunking, a body
 * cut short), instead of an I/O exception that would end as a 500.
 */
final class LimitedRequest extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new Counting(super.getInputStream(), limit);
        }
        return stream;
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long count;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() {
            int b = unreadable(() -> in.read());
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int n = unreadable(() -> in.read(buffer, offset, length));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private interface Read {
            int read() throws IOException;
        }

        private static int unreadable(Read read) {
            try {
                return read.read();
            } catch (IOException malformed) {
                throw new RequestLimitException(RequestLimitException.Limit.BODY_UNREADABLE, 0);
            }
        }

        private void counted(int n) {
            count += n;
            if (count > limit) {
                throw RequestLimitsFilter.tooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
