package id.siagahumas.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import jakarta.servlet.ServletException;
import java.time.Duration;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * HTTP Basic against the Camunda identity service for the engine REST API and our own API. Camunda's
 * starter leaves {@code /engine-rest} open; this closes it. The filter also sets the engine's current
 * authentication, so task listeners see who acts. The webapps keep their own login and CSRF protection.
 */
@Configuration
public class ApiAuthentication {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication(
      @Value("${siaga.security.login-cache:PT1M}") Duration loginCache, JdbcClient jdbc) {
    ProcessEngineAuthenticationFilter filter = new ProcessEngineAuthenticationFilter() {
      @Override
      public void init(FilterConfig config) throws ServletException {
        super.init(config);
        authenticationProvider = new RememberedLogins(loginCache, userId -> identityState(jdbc, userId));
      }

      @Override
      public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
          throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        Optional<String> sessionUser = webappSessionUser(http);
        if (sessionUser.isPresent() && http.getHeader("Authorization") == null
            && "GET".equals(http.getMethod()) && http.getRequestURI().startsWith(http.getContextPath() + "/api/")) {
          // Tasklist's forms read the case from our API with the officer's Tasklist login (reads only:
          // the webapps' CSRF protection guards writes, which stay with HTTP Basic).
          Optional<RememberedLogins.IdentityState> state = identityState(jdbc, sessionUser.get());
          if (state.isEmpty()) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
          }
          IdentityService identity = engine().getIdentityService();
          identity.setAuthentication(sessionUser.get(), List.copyOf(state.get().groups()));
          try {
            chain.doFilter(request, response);
          } finally {
            identity.clearAuthentication();
          }
          return;
        }
        super.doFilter(request, response, chain);
      }

      @Override
      protected boolean requiresEngineAuthentication(String requestUrl) {
        // Camunda lets the engine list (/engine-rest/engine) through without login; nothing answers anonymously.
        return true;
      }

      @Override
      protected String extractEngineName(String requestUrl) {
        // The engine list names no engine: its caller logs in against the default one.
        String engineName = super.extractEngineName(requestUrl);
        return engineName == null ? DEFAULT_ENGINE_NAME : engineName;
      }

      private org.camunda.bpm.engine.ProcessEngine engine() {
        return org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine();
      }
    };
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("siaga-basic-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.setOrder(10);
    return registration;
  }

  /** The user logged into the webapps (Tasklist) in this HTTP session, if any. */
  static Optional<String> webappSessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    return Optional.ofNullable(authentications)
        .map(a -> a.getAuthenticationForProcessEngine("default"))
        .map(org.camunda.bpm.webapp.impl.security.auth.Authentication::getIdentityId);
  }

  /** The user's row revision and groups, straight from the engine's identity tables (one query). */
  static java.util.Optional<RememberedLogins.IdentityState> identityState(JdbcClient jdbc, String userId) {
    java.util.List<Object[]> rows = jdbc.sql("SELECT u.REV_, m.GROUP_ID_ FROM ACT_ID_USER u "
        + "LEFT JOIN ACT_ID_MEMBERSHIP m ON m.USER_ID_ = u.ID_ WHERE u.ID_ = ?").param(userId)
        .query((rs, n) -> new Object[] {rs.getInt(1), rs.getString(2)}).list();
    if (rows.isEmpty()) {
      return java.util.Optional.empty();
    }
    java.util.Set<String> groups = new java.util.TreeSet<>();
    for (Object[] row : rows) {
      if (row[1] != null) {
        groups.add((String) row[1]);
      }
    }
    return java.util.Optional.of(new RememberedLogins.IdentityState((Integer) rows.get(0)[0], groups));
  }
}
