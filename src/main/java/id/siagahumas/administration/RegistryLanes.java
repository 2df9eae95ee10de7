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
class RegistryLanes implements HandlerInterceptor, WebMvcConfigurer {

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
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean read = "GET".equals(request.getMethod());
    if (read && (path.equals("/api/units") || path.equals("/api/media-partners") || path.equals("/api/outlets"))) {
      return true;
    }
    List<String> groups = currentUser.groups();
    boolean admin = groups.contains(Groups.ADMIN);
    if (path.startsWith("/api/feeds")) {
      require(admin || groups.contains(Groups.HUMAS_PUSAT),
          "Hanya administrator dan humas pusat yang boleh mengelola umpan berita.");
    } else if (path.equals("/api/media-partners")) {
      String region = request.getParameter("region");
      require(admin || region != null && groups.contains(Groups.regionGroup(region)),
          "Hanya administrator dan humas Kanwil wilayah ini yang boleh mengubah daftar mitra media wilayah ini.");
    } else {
      require(admin, "Hanya administrator yang boleh mengelola daftar ini.");
    }
    return true;
  }

  private static void require(boolean allowed, String reason) {
    if (!allowed) {
      throw new AccessDeniedException(reason);
    }
  }
}
