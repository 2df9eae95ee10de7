package id.siagahumas.intake;

/** Kinds of trouble a story reports (DESIGN.md, "Classification"). */
public enum Category {
  PELARIAN, NARKOBA, PUNGLI, KEKERASAN, KERUSUHAN, KEMATIAN, PONSEL_ILEGAL, PERLAKUAN_ISTIMEWA, OVERKAPASITAS,
  PELAYANAN, LAINNYA
}
