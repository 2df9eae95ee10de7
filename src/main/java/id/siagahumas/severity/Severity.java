package id.siagahumas.severity;

/** Severity levels, lowest first, so the natural order compares them. */
public enum Severity {
  RENDAH, SEDANG, TINGGI, KRITIS;

  public static Severity higherOf(Severity a, Severity b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) >= 0 ? a : b;
  }
}
