package se.ledger.bench;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.web.filter.OncePerRequestFilter;

/** Counts the API requests the ledger answers and the body bytes it sends, as a page drives it. */
final class ApiRequestCounter extends OncePerRequestFilter {

    final AtomicLong requests = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();
    /** Answers of 400 and above: a page that was refused (a login that failed) counts for nothing. */
    final AtomicLong refused = new AtomicLong();

    void reset() {
        requests.set(0);
        bytes.set(0);
        refused.set(0);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!request.getRequestURI().startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        requests.incrementAndGet();
        try {
            count(request, response, chain);
        } finally {
            if (response.getStatus() >= 400) {
                refused.incrementAndGet();
            }
        }
    }

    private void count(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            private ServletOutputStream counting;

            @Override
            public ServletOutputStream getOutputStream() throws IOException {
                if (counting == null) {
                    counting = new Counting(super.getOutputStream());
                }
                return counting;
            }
        });
    }

    private final class Counting extends ServletOutputStream {
        private final ServletOutputStream out;

        Counting(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            bytes.incrementAndGet();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            bytes.addAndGet(len);
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
