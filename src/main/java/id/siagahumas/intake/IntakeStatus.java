package id.siagahumas.intake;

/** What intake did with a story (DESIGN.md, "Grouping"). */
public enum IntakeStatus {
  NEW_CASE, ATTACHED, DUPLICATE, IGNORED
}
