package id.siagahumas.security;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import java.time.Duration;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic against the Camunda identity service for the engine REST API and our own API. Camunda's
 * starter leaves {@code /engine-rest} open; this closes it. The filter also sets the engine's current
 * authentication, so task listeners see who acts. The webapps keep their own login and CSRF protection.
 */
@Configuration
public class ApiAuthentication {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication(
      @Value("${siaga.security.login-cache:PT1M}") Duration loginCache) {
    ProcessEngineAuthenticationFilter filter = new ProcessEngineAuthenticationFilter() {
      @Override
      public void init(FilterConfig config) throws ServletException {
        super.init(config);
        authenticationProvider = new RememberedLogins(loginCache);
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
}
