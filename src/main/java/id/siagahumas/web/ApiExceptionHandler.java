package id.siagahumas.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error is an RFC 7807 problem; a bad field is named in {@code field} and {@code errors}. */
@RestControllerAdvice(basePackages = "id.siagahumas")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
        .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
        .toList();
    String fields = errors.stream().map(e -> e.get("field")).distinct().collect(Collectors.joining(", "));
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Masukan tidak valid", "Periksa field: " + fields);
    problem.setProperty("field", errors.isEmpty() ? null : errors.get(0).get("field"));
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field = null;
    if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      field = mapping.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
    }
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Masukan tidak dapat dibaca",
        field == null ? "Badan permintaan bukan JSON yang valid." : "Nilai field '" + field + "' tidak valid.");
    problem.setProperty("field", field);
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field = ex.getParameterValidationResults().stream().findFirst()
        .map(r -> r.getMethodParameter().getParameterName()).orElse(null);
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Masukan tidak valid",
        field == null ? "Parameter tidak valid." : "Parameter '" + field + "' tidak valid.");
    problem.setProperty("field", field);
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Masukan tidak valid",
        "Nilai '" + ex.getPropertyName() + "' tidak valid.");
    problem.setProperty("field", ex.getPropertyName());
    return ResponseEntity.badRequest().body(problem);
  }

  /**
   * A constraint on a request parameter of a {@code @Validated} controller (a region code, a format) is checked by
   * method validation, which throws this rather than Spring MVC's own exception: a bad parameter, not a fault.
   */
  @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
  ProblemDetail invalidParameter(jakarta.validation.ConstraintViolationException ex) {
    String field = ex.getConstraintViolations().stream().findFirst().map(v -> {
      String path = v.getPropertyPath().toString();
      return path.substring(path.lastIndexOf('.') + 1);
    }).orElse(null);
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Masukan tidak valid",
        field == null ? "Parameter tidak valid." : "Parameter '" + field + "' tidak valid.");
    problem.setProperty("field", field);
    return problem;
  }

  @ExceptionHandler(ApiProblem.class)
  ProblemDetail refused(ApiProblem ex) {
    ProblemDetail problem = problem(ex.status(), ex.title(), ex.getMessage());
    if (ex.field() != null) {
      problem.setProperty("field", ex.field());
    }
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
