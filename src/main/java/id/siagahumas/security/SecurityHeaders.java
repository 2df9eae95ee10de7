package id.siagahumas.security;

import id.siagahumas.registry.Groups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers every answer carries (no MIME sniffing, no framing by other sites, case data never cached),
 * and the lanes of engine REST calls that the engine's authorizations do not cover: statistics and metrics
 * count every case of the process nationwide, so only national humas and administrators may ask for them.
 */
@Configuration
class SecurityHeaders {

  /** Engine REST, and the same resources behind the webapps' session (Tasklist's engine API, Cockpit's plugins). */
  private static final Pattern STATISTICS = Pattern.compile("(/engine-rest(/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)"
      // the engine's metrics count every case started and every step taken, nationwide
      + "/(process-definition/.*statistics.*|metrics(/.*)?)"
      + "|/camunda/api/cockpit/plugin/[^/]+/[^/]+/.*statistics.*");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> securityHeaderFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (response.getHeader("X-Frame-Options") == null) {
          response.setHeader("X-Frame-Options", "DENY");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/engine-rest/")) {
          response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
          response.setHeader("Cache-Control", "no-store");
          // Camunda's REST answers every GET with "no-cache" (stored, revalidated): case data stays unstored
          response = new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
              if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
              }
            }

            @Override
            public void addHeader(String name, String value) {
              if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
              }
            }
          };
        }
        chain.doFilter(request, response);
      }
    });
    registration.setName("siaga-security-headers");
    registration.addUrlPatterns("/*");
    registration.setOrder(1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> statisticsLane(IdentityService identity, JdbcClient jdbc) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (STATISTICS.matcher(path).matches()) {
          Authentication caller = identity.getCurrentAuthentication();
          List<String> groups = path.startsWith("/camunda/")
              // a webapp session: its user's groups as they stand now
              ? ApiAuthentication.webappSessionUser(request).flatMap(user -> ApiAuthentication.identityState(jdbc, user))
                  .map(state -> List.copyOf(state.groups())).orElse(List.of())
              : caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
          if (!groups.contains(Groups.HUMAS_PUSAT) && !groups.contains(Groups.ADMIN)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"Statistik seluruh kasus "
                + "hanya untuk humas pusat dan administrator.\"}");
            return;
          }
        }
        chain.doFilter(request, response);
      }
    });
    registration.setName("siaga-statistics-lane");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(20); // after authentication (order 10): the caller is known
    return registration;
  }
}
