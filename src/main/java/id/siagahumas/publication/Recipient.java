package id.siagahumas.publication;

/** Who receives a statement: an outlet's newsroom. {@code email} is null when no address is known. */
public record Recipient(String name, String email) {
}
