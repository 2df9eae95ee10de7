package id.siagahumas.severity;

/** What the DMN decision {@code severity} answers for a case. */
public record SeverityAssessment(Severity severity, int responseHours, String approvalLevel, boolean notifyPusat,
    DeadlineFractions deadlines) {

  public static final String KANWIL_PIMPINAN = "KANWIL_PIMPINAN";

  public boolean needsHeadApproval() {
    return KANWIL_PIMPINAN.equals(approvalLevel);
  }
}
