package id.siagahumas.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One login form for the pages and Tasklist: it checks the password against the Camunda identity service and
 * stores the same session authentication the webapps' own login stores (a new session id, so a session planted
 * before login is worthless). Logging out ends the session, for Tasklist too.
 */
@Controller
class PageLoginController {

  private final ProcessEngine engine;

  PageLoginController(ProcessEngine engine) {
    this.engine = engine;
  }

  @GetMapping(PageAuthentication.LOGIN_PATH)
  String form(@RequestParam(name = "lanjut", required = false) String next, HttpServletRequest request, Model model) {
    if (ApiAuthentication.webappSessionUser(request).isPresent()) {
      return "redirect:" + safeNext(next); // logged in already, e.g. in Tasklist
    }
    model.addAttribute("lanjut", safeNext(next));
    return "papan/masuk";
  }

  @PostMapping(PageAuthentication.LOGIN_PATH)
  String login(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
      @RequestParam(name = "lanjut", required = false) String next, @RequestParam(name = "csrf", defaultValue = "")
      String csrf, HttpServletRequest request, Model model) {
    model.addAttribute("lanjut", safeNext(next));
    if (!tokenMatches(request.getSession(false), csrf)) {
      model.addAttribute("galat", "Formulir kedaluwarsa. Silakan coba lagi.");
      return "papan/masuk";
    }
    String user = username.strip();
    engine.getIdentityService().clearAuthentication();
    if (user.isEmpty() || user.length() > 128 || !engine.getIdentityService().checkPassword(user, password)) {
      model.addAttribute("galat", "Nama pengguna atau kata sandi salah.");
      model.addAttribute("username", user.length() > 128 ? "" : user);
      return "papan/masuk";
    }
    UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, user);
    authentication.setCacheValidationTime(ServletContextUtil.getAuthCacheValidationTime(request.getServletContext()));
    AuthenticationUtil.revalidateSession(request, authentication);
    request.getSession().removeAttribute(PageAuthentication.CSRF); // a new token for the new session
    return "redirect:" + safeNext(next);
  }

  @PostMapping(PageAuthentication.LOGOUT_PATH)
  String logout(@RequestParam(name = "csrf", defaultValue = "") String csrf, HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null && tokenMatches(session, csrf)) {
      session.invalidate();
    }
    return "redirect:" + PageAuthentication.LOGIN_PATH;
  }

  private static boolean tokenMatches(HttpSession session, String given) {
    Object token = session == null ? null : session.getAttribute(PageAuthentication.CSRF);
    return token != null && MessageDigest.isEqual(token.toString().getBytes(StandardCharsets.UTF_8),
        given.getBytes(StandardCharsets.UTF_8));
  }

  private static String safeNext(String next) {
    return next != null && PageAuthentication.NEXT.matcher(next).matches() ? next : "/papan";
  }
}
