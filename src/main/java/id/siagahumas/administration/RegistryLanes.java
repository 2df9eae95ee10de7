package id.siagahumas.administration;

import id.siagahumas.registry.Groups;
import id.siagahumas.security.AccessDeniedException;
import id.siagahumas.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may keep which registry (DESIGN.md "HTTP API"), checked before a request body is even read, so a caller
 * out of lane learns nothing from validation: units, outlets and the audit for {@code camunda-admin}; a region's
 * partner media also for its {@code humas-kanwil-<region>}; the watched feeds for {@code camunda-admin} and
 * {@code humas-pusat}. Reading the unit list, partner media and outlets is for humas (checked by the readers).
 */
@Configuration
public class RegistryLanes implements HandlerInterceptor, WebMvcConfigurer {

  private final CurrentUser currentUser;

  RegistryLanes(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/units/**", "/api/media-partners", "/api/outlets/**",
        "/api/registry-changes", "/api/feeds", "/api/feeds/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws java.io.IOException {
    try {
      check(request);
    } catch (AccessDeniedException denied) {
      if (handler instanceof org.springframework.web.method.HandlerMethod method
          && method.getBeanType().getPackageName().startsWith("id.siagahumas")) {
        throw denied; // one of our controllers: ApiExceptionHandler answers 403 with a problem body
      }
      // Not one of our controllers but Spring's static-resource handler (a trailing slash) or its OPTIONS
      // handler: the advice of our package does not answer for those, so the exception ended as a 500 with a
      // stack trace in the log. Refuse it as what it is.
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return false;
    }
    return true;
  }

  private void check(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean read = "GET".equals(request.getMethod());
    if (read && (path.equals("/api/units") || path.equals("/api/media-partners") || path.equals("/api/outlets"))) {
      return;
    }
    List<String> groups = currentUser.groups();
    boolean admin = groups.contains(Groups.ADMIN);
    if (path.startsWith("/api/feeds")) {
      require(admin || groups.contains(Groups.HUMAS_PUSAT),
          "Hanya administrator dan humas pusat yang boleh mengelola umpan berita.");
    } else if (path.equals("/api/media-partners")) {
      String region = request.getParameter("region");
      // regionGroup("") is humas-pusat (the national level): an empty region is no region's lane
      require(admin || region != null && !region.isEmpty() && groups.contains(Groups.regionGroup(region)),
          "Hanya administrator dan humas Kanwil wilayah ini yang boleh mengubah daftar mitra media wilayah ini.");
    } else {
      require(admin, "Hanya administrator yang boleh mengelola daftar ini.");
    }
  }

  private static void require(boolean allowed, String reason) {
    if (!allowed) {
      throw new AccessDeniedException(reason);
    }
  }
}
