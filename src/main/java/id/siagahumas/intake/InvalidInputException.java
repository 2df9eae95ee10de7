package id.siagahumas.intake;

import id.siagahumas.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** Input that passed the syntax checks but not the registry (an unknown unit, a malformed URL). */
public class InvalidInputException extends ApiProblem {

  public InvalidInputException(String field, String message) {
    super(HttpStatus.BAD_REQUEST, "Masukan tidak valid", field, message);
  }
}
