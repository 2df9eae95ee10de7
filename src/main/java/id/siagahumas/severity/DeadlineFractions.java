package id.siagahumas.severity;

/**
 * When the deadlines of a case fall, as fractions of its response time (the DMN decision {@code severity}):
 * the verifier's reminder, the verification deadline, and the reminder before the statement is due (the
 * statement is due at the whole response time).
 */
public record DeadlineFractions(double verifyReminder, double verifyDue, double statementReminder) {

  /** The fractions of the default policy, for cases assessed before the policy carried them. */
  public static final DeadlineFractions DEFAULT = new DeadlineFractions(0.25, 0.5, 0.5);

  public DeadlineFractions {
    for (double f : new double[] {verifyReminder, verifyDue, statementReminder}) {
      if (!(f > 0 && f <= 1)) {
        throw new IllegalArgumentException("A deadline fraction lies in (0, 1]: " + f);
      }
    }
  }
}
