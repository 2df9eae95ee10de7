package id.siagahumas.security;

import id.siagahumas.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** The caller is known but may not do this. */
public class AccessDeniedException extends ApiProblem {
  public AccessDeniedException(String message) {
    super(HttpStatus.FORBIDDEN, "Akses ditolak", null, message);
  }
}
