package id.siagahumas.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a call that failed because the database cannot be reached with 503, {@code Retry-After} and a body in
 * Indonesian, instead of the container's 500. It wraps the whole chain of {@code /api} and {@code /engine-rest}:
 * the login check (every call reads the caller's row) fails before any controller runs, and an API controller's
 * exception that no handler of {@code ApiExceptionHandler} took arrives here too. Our API answers an RFC 7807
 * problem; the engine REST API its own error shape ({@code type}, {@code message}), as Tasklist and Camunda's
 * clients read it (inside Jersey the same answer comes from {@code process/CaseRuleResponses}). Anything else
 * passes on unchanged.
 */
@Configuration
class DatabaseOutageFilter {

  private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> databaseOutageAnswers(ObjectMapper json) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        try {
          chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
          if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
            throw e;
          }
          DatabaseUnavailable.log(log, request.getMethod() + " " + request.getRequestURI() + " answered 503", e);
          answer(request, response, json);
        }
      }
    });
    registration.setName("siaga-database-outage");
    registration.addUrlPatterns("/api/*", "/engine-rest/*");
    // after the security headers (order 1), around the request size limit (5) and the login check (10)
    registration.setOrder(3);
    return registration;
  }

  private static void answer(HttpServletRequest request, HttpServletResponse response, ObjectMapper json)
      throws IOException {
    response.resetBuffer();
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Map<String, Object> body = new LinkedHashMap<>();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/engine-rest/")) {
      response.setContentType("application/json");
      body.put("type", "DatabaseUnavailableException");
      body.put("message", DatabaseUnavailable.DETAIL);
    } else {
      response.setContentType("application/problem+json");
      body.put("type", "about:blank");
      body.put("title", DatabaseUnavailable.TITLE);
      body.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      body.put("detail", DatabaseUnavailable.DETAIL);
      body.put("instance", path);
      body.put("retryAfterSeconds", DatabaseUnavailable.RETRY_AFTER_SECONDS);
    }
    byte[] bytes = json.writeValueAsBytes(body);
    try {
      response.getOutputStream().write(bytes);
    } catch (IllegalStateException writerTaken) {
      response.getWriter().write(new String(bytes, StandardCharsets.UTF_8));
    }
  }
}
