package id.siagahumas.drafting;

/** Kinds of statement (DESIGN.md, "Vocabulary"). */
public enum StatementType {
  /** Right of reply: a formal letter to the outlet that published the story. */
  HAK_JAWAB,
  /** Public clarification sent to the region's partner media. */
  KLARIFIKASI,
  /** Press release on the actions taken when the story is true. */
  SIARAN_PERS;

  /** The statement the verdict calls for: rebut what is wrong, report action on what is true. */
  public static StatementType forVerdict(String verdict) {
    return switch (verdict == null ? "" : verdict) {
      case "TIDAK_BENAR", "SEBAGIAN" -> HAK_JAWAB;
      case "FAKTA" -> SIARAN_PERS;
      default -> KLARIFIKASI;
    };
  }
}
