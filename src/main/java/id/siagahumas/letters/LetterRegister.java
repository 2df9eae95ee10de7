package id.siagahumas.letters;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The letter-number register: one sequence per unit and year. A number is taken by incrementing the row of
 * the unit and year inside the approval's transaction, so the row stays locked until the approval commits: two
 * nodes approving at once get consecutive numbers, and a number is never handed out twice. (An approval that
 * rolls back gives its increment back with it, so no number is ever printed twice either.)
 */
@Repository
public class LetterRegister {

  private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  public LetterRegister(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Gives the statement its number from the unit's register, formatted with the unit's format, unless it has
   * one already (a retried approval keeps its number).
   */
  public IssuedNumber issue(long statementId, String unitCode, String numberFormat, Instant at, ZoneId zone) {
    Optional<IssuedNumber> issued = numberOf(statementId);
    if (issued.isPresent()) {
      return issued.get();
    }
    ZonedDateTime local = at.atZone(zone);
    int next = next(unitCode, local.getYear());
    String number = format(numberFormat, next, local);
    jdbc.sql("UPDATE statement SET letter_number = ?, letter_unit = ?, letter_date = ? WHERE statement_id = ?")
        .params(number, unitCode, at.atOffset(ZoneOffset.UTC), statementId).update();
    return new IssuedNumber(number, unitCode, at);
  }

  public Optional<IssuedNumber> numberOf(long statementId) {
    return jdbc.sql("SELECT letter_number, letter_unit, letter_date FROM statement WHERE statement_id = ? "
            + "AND letter_number IS NOT NULL").param(statementId)
        .query((rs, n) -> new IssuedNumber(rs.getString(1), rs.getString(2),
            rs.getObject(3, java.time.OffsetDateTime.class).toInstant()))
        .optional();
  }

  /** The next number of the unit's sequence for the year; the row stays locked until the transaction ends. */
  int next(String unitCode, int year) {
    if (increment(unitCode, year) == 0) {
      // The year's first letter: its row is created in a transaction of its own, where a node racing to
      // create it meets the unique key without spoiling the approval's transaction.
      try {
        ownTransaction.executeWithoutResult(tx -> jdbc.sql("INSERT INTO letter_register (unit_code, letter_year, "
            + "last_number) VALUES (?, ?, 0)").params(unitCode, year).update());
      } catch (DuplicateKeyException createdByAnotherNode) {
        // the row exists now: increment it below
      }
      if (increment(unitCode, year) == 0) {
        throw new IllegalStateException("No letter register row for " + unitCode + " " + year);
      }
    }
    return jdbc.sql("SELECT last_number FROM letter_register WHERE unit_code = ? AND letter_year = ?")
        .params(unitCode, year).query(Integer.class).single();
  }

  private int increment(String unitCode, int year) {
    return jdbc.sql("UPDATE letter_register SET last_number = last_number + 1 WHERE unit_code = ? AND letter_year = ?")
        .params(unitCode, year).update();
  }

  static String format(String numberFormat, int number, ZonedDateTime at) {
    return numberFormat.replace("{nomor}", String.valueOf(number))
        .replace("{bulan}", ROMAN[at.getMonthValue() - 1])
        .replace("{tahun}", String.valueOf(at.getYear()));
  }
}
