package id.siagahumas.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The pages for people ({@code /papan/...}) share the Camunda webapps' session: whoever is logged into Tasklist is
 * logged in here, and the login form here ({@code /papan/masuk}) logs into Tasklist too. Every page but the form
 * needs that session; the user's groups are read afresh on each request (as the webapps do, cache TTL 0), set as
 * the engine's current authentication so {@link CurrentUser} and its lanes apply, and only humas and pimpinan
 * (and administrators) get through. Pages are never cached and run under a strict content security policy:
 * scripts and styles only from the application itself.
 */
@Configuration
public class PageAuthentication {

  public static final String LOGIN_PATH = "/papan/masuk";
  public static final String LOGOUT_PATH = "/papan/keluar";
  /** Session attribute and form field of the token that guards the login and logout forms against CSRF. */
  public static final String CSRF = "siagaPapanCsrf";
  /** A "next page" after login: a page of the board, never another site. */
  static final Pattern NEXT = Pattern.compile("/papan(/[A-Za-z0-9/_-]*)?(\\?[A-Za-z0-9=&_.%:-]*)?");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> pageAuthenticationFilter(IdentityService identity, JdbcClient jdbc) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        request.setAttribute(CSRF, csrfToken(request.getSession(true)));
        if (path.equals(LOGIN_PATH)) {
          chain.doFilter(request, response);
          return;
        }
        Optional<RememberedLogins.IdentityState> state = ApiAuthentication.webappSessionUser(request)
            .flatMap(user -> ApiAuthentication.identityState(jdbc, user));
        if (state.isEmpty()) {
          String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
          response.sendRedirect(request.getContextPath() + LOGIN_PATH
              + (NEXT.matcher(next).matches() && !path.equals(LOGOUT_PATH)
                  ? "?lanjut=" + URLEncoder.encode(next, StandardCharsets.UTF_8) : ""));
          return;
        }
        String user = ApiAuthentication.webappSessionUser(request).orElseThrow();
        List<String> groups = List.copyOf(state.get().groups());
        if (!path.equals(LOGOUT_PATH) && groups.stream().noneMatch(g -> g.startsWith("humas-")
            || g.startsWith("pimpinan-") || g.equals(id.siagahumas.registry.Groups.ADMIN))) {
          response.setContentType("text/plain;charset=UTF-8");
          response.setStatus(HttpServletResponse.SC_FORBIDDEN);
          response.getWriter().write("Papan kasus hanya untuk humas dan pimpinan.");
          return;
        }
        identity.setAuthentication(user, groups);
        try {
          chain.doFilter(request, response);
        } finally {
          identity.clearAuthentication();
        }
      }
    });
    registration.setName("siaga-page-authentication");
    registration.addUrlPatterns("/papan", "/papan/*");
    registration.setOrder(10);
    return registration;
  }

  /** The session's form token, made on first use. */
  static String csrfToken(HttpSession session) {
    Object token = session.getAttribute(CSRF);
    if (token == null) {
      byte[] bytes = new byte[24];
      RANDOM.nextBytes(bytes);
      token = HexFormat.of().formatHex(bytes);
      session.setAttribute(CSRF, token);
    }
    return (String) token;
  }
}
