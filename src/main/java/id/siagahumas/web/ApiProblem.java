package id.siagahumas.web;

import org.springframework.http.HttpStatus;

/**
 * A refusal our API answers as an RFC 7807 problem ({@code ApiExceptionHandler}): each capability declares its
 * own (a case not found, input intake refuses, access denied) with the status, the Indonesian title and, for bad
 * input, the field; this package needs to know none of them.
 */
public abstract class ApiProblem extends RuntimeException {

  private final HttpStatus status;
  private final String title;
  private final String field;

  protected ApiProblem(HttpStatus status, String title, String field, String message) {
    super(message);
    this.status = status;
    this.title = title;
    this.field = field;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The offending field of bad input; null otherwise. */
  public String field() {
    return field;
  }
}
