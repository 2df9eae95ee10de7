package id.siagahumas.intake;

/** Input that passed the syntax checks but not the registry (an unknown unit, a malformed URL). */
public class InvalidInputException extends RuntimeException {

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
