package id.siagahumas.letters;

import java.time.Instant;

/** The number a statement's letters carry, from the register of {@code unitCode}, given at {@code issuedAt}. */
public record IssuedNumber(String number, String unitCode, Instant issuedAt) {
}
