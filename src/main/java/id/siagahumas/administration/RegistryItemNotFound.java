package id.siagahumas.administration;

/** The unit (or other registry item) asked for does not exist. */
public class RegistryItemNotFound extends RuntimeException {
  public RegistryItemNotFound(String message) {
    super(message);
  }
}
