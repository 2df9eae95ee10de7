package id.siagahumas.severity;

import java.util.List;

/**
 * The facts the severity policy weighs.
 *
 * @param categories      categories of the case, at least one
 * @param nationalReach   whether a NASIONAL outlet carries the story
 * @param distinctOutlets how many distinct outlets carry it
 * @param escalations     how often the follow-up reported ISU_MELUAS
 * @param currentSeverity the level the case has reached so far, null at its first triage (the policy never
 *                        answers lower)
 */
public record SeverityInput(List<String> categories, boolean nationalReach, int distinctOutlets, int escalations,
    Severity currentSeverity) {

  /** A story not yet part of a case. */
  public SeverityInput(List<String> categories, boolean nationalReach, int distinctOutlets, int escalations) {
    this(categories, nationalReach, distinctOutlets, escalations, null);
  }

  public SeverityInput {
    categories = List.copyOf(categories);
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("A case has at least one category");
    }
  }
}
