package id.siagahumas.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over 1 MiB on our API with 413, whether announced by Content-Length or sent
 * chunked: a story's body is at most 100,000 characters, nothing legitimate comes close.
 */
@Configuration
class RequestSizeLimit {

  static final long MAX_BYTES = 1024 * 1024;

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
          response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
          response.setContentType("application/problem+json");
          response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Permintaan terlalu besar\",\"status\":413,"
              + "\"detail\":\"Badan permintaan melebihi 1 MiB.\"}");
          return;
        }
        chain.doFilter(new LimitedRequest(request), response);
      }
    });
    registration.addUrlPatterns("/api/*");
    registration.setOrder(5);
    return registration;
  }

  /** Counts the bytes read and stops at the limit (chunked bodies announce no length). */
  private static final class LimitedRequest extends HttpServletRequestWrapper {
    LimitedRequest(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = in.read();
          if (b >= 0 && ++read > MAX_BYTES) {
            throw new IOException("Request body larger than " + MAX_BYTES + " bytes");
          }
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = in.read(buffer, offset, length);
          if (n > 0 && (read += n) > MAX_BYTES) {
            throw new IOException("Request body larger than " + MAX_BYTES + " bytes");
          }
          return n;
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
      };
    }
  }
}
