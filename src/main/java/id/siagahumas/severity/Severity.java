package id.siagahumas.severity;

/** Severity levels, lowest first, so the natural order compares them. */
public enum Severity {
  RENDAH, SEDANG, TINGGI, KRITIS;

  /** Priority of the case's user tasks: Tasklist sorts by it, so the most severe case comes first. */
  public int taskPriority() {
    return switch (this) {
      case KRITIS -> 100;
      case TINGGI -> 75;
      case SEDANG -> 50;
      case RENDAH -> 25;
    };
  }

  /** The task priority of a level by name; the middle one while a case has none yet. */
  public static int taskPriority(String severity) {
    return severity == null ? SEDANG.taskPriority() : valueOf(severity).taskPriority();
  }

  public static Severity higherOf(Severity a, Severity b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) >= 0 ? a : b;
  }
}
